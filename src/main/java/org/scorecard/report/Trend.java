package org.scorecard.report;

import org.scorecard.aggregation.Status;

/**
 * The change of a status since the previous month, as an arrow: statuses are ranked from off track to
 * exceeded (each already judged in the indicator's direction, so "better" means nearer the target's
 * favourable side); no data and no target have no rank, and no arrow is drawn from or to them.
 */
final class Trend {

	static final String BETTER = "\u25B2";

	static final String WORSE = "\u25BC";

	static final String SAME = "=";

	private Trend() {
	}

	/** {@link #BETTER}, {@link #WORSE}, {@link #SAME}, or "" when either status has no rank. */
	static String arrow(String previous, String current) {
		return Status.change(previous, current);
	}

}
