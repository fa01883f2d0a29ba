/** Agencies' submissions: finding the files in the inbox, reading their rows, and checking each row. */
package org.scorecard.submission;
