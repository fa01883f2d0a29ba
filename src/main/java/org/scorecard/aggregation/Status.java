package org.scorecard.aggregation;

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

}
