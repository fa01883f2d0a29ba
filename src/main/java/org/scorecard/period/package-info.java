/** Reporting periods, cut-offs, the reporting zone and the UTC date-times the databases store. */
package org.scorecard.period;
