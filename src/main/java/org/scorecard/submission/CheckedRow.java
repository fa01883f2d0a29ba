package org.scorecard.submission;

import java.math.BigDecimal;
import java.time.Instant;

import org.scorecard.text.Quoted;

/**
 * A row after the row checks: either accepted, with its value converted to the indicator's unit and
 * its {@code submitted_at} as an instant, or rejected with a code and a message that names the field.
 */
public record CheckedRow(RawRow row, BigDecimal value, Instant submittedAt, RejectCode code, String message,
		String messageAlt) {

	static final int MESSAGE_LENGTH = 1000;

	public boolean accepted() {
		return code == null;
	}

	static CheckedRow accepted(RawRow row, BigDecimal value, Instant submittedAt) {
		return new CheckedRow(row, value, submittedAt, null, null, null);
	}

	/**
	 * A rejected row; the message is in the run's language (and {@code messageAlt} in its second, or null),
	 * and begins with its sheet for a workbook's row.
	 */
	static CheckedRow rejected(RawRow row, RejectCode code, String message, String messageAlt, Instant submittedAt) {
		return new CheckedRow(row, null, submittedAt, code, printable(message), printable(messageAlt));
	}

	/**
	 * A message as it can be shown anywhere (console, log, workbook, PDF): invisible characters of a
	 * field written as {@code \\uXXXX}, and at most {@value #MESSAGE_LENGTH} characters.
	 */
	static String printable(String message) {
		if (message == null) {
			return null;
		}
		String visible = Quoted.visible(message);
		return visible.length() <= MESSAGE_LENGTH ? visible : visible.substring(0, MESSAGE_LENGTH) + "…";
	}

}
