package org.scorecard.submission;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row after the row checks: either accepted, with its value converted to the indicator's unit and
 * its {@code submitted_at} as an instant, or rejected with a code and a message that names the field.
 */
public record CheckedRow(RawRow row, BigDecimal value, Instant submittedAt, RejectCode code, String message) {

	public boolean accepted() {
		return code == null;
	}

	static CheckedRow accepted(RawRow row, BigDecimal value, Instant submittedAt) {
		return new CheckedRow(row, value, submittedAt, null, null);
	}

	static CheckedRow rejected(RawRow row, RejectCode code, String message, Instant submittedAt) {
		return new CheckedRow(row, null, submittedAt, code, message);
	}

}
