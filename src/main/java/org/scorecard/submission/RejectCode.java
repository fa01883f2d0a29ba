package org.scorecard.submission;

/** Why a row was rejected (rules.md section 1), in the order the checks run, then the file-level code. */
public enum RejectCode {
	MALFORMED_ROW, UNKNOWN_AGENCY, UNKNOWN_INDICATOR, DERIVED_INDICATOR, BAD_PERIOD, BAD_DATE, FUTURE_PERIOD,
	BAD_VALUE, BAD_UNIT, NEGATIVE_VALUE, DUPLICATE, CONFLICT, UNREADABLE_FILE
}
