/**
 * The PDF reports: the secretariat's consolidated report and one scorecard per reporting agency,
 * with every text from {@code templates/}.
 */
package org.scorecard.report;
