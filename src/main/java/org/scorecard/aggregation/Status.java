package org.scorecard.aggregation;

import java.util.List;
import java.util.Locale;

/** The status of a result against its target (contract section 4, rules.md section 6). */
public enum Status {

	ACHIEVED, EXCEEDED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NO_TARGET;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Status ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The statuses that have a rank, worst first: each is already judged in the indicator's direction,
	 * so a later one is nearer the target's favourable side. No data and no target have none.
	 */
	public static final List<String> RANKED = List.of("off_track", "at_risk", "on_track", "achieved", "exceeded");

	/** The change from one status code to another: "\u25B2" better, "\u25BC" worse, "=" the same, "" unranked. */
	public static String change(String previous, String current) {
		int before = previous == null ? -1 : RANKED.indexOf(previous);
		int now = RANKED.indexOf(current);
		if (before < 0 || now < 0) {
			return "";
		}
		return now > before ? "\u25B2" : now < before ? "\u25BC" : "=";
	}

}
