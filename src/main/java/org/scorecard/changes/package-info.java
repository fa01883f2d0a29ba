/** What changed since the previous edition of a period: the figures and statuses, and the files behind them. */
package org.scorecard.changes;
