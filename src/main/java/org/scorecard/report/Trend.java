package org.scorecard.report;

import java.util.List;

/**
 * The change of a status since the previous month, as an arrow: statuses are ranked from off track to
 * exceeded (each already judged in the indicator's direction, so "better" means nearer the target's
 * favourable side); no data and no target have no rank, and no arrow is drawn from or to them.
 */
final class Trend {

	static final String BETTER = "\u25B2";

	static final String WORSE = "\u25BC";

	static final String SAME = "=";

	private static final List<String> RANK = List.of("off_track", "at_risk", "on_track", "achieved", "exceeded");

	private Trend() {
	}

	/** {@link #BETTER}, {@link #WORSE}, {@link #SAME}, or "" when either status has no rank. */
	static String arrow(String previous, String current) {
		int before = previous == null ? -1 : RANK.indexOf(previous);
		int now = RANK.indexOf(current);
		if (before < 0 || now < 0) {
			return "";
		}
		return now > before ? BETTER : now < before ? WORSE : SAME;
	}

}
