/** Writing files a crash never leaves half-written: a temporary name, then a rename into place. */
package org.scorecard.files;
