/** Text rules every reader and writer shares: Unicode white space, and quoting what a sender wrote so a reader can see it. */
package org.scorecard.text;
