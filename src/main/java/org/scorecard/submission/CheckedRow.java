package org.scorecard.submission;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row after the row checks: either accepted, with its value converted to the indicator's unit and
 * its {@code submitted_at} as an instant, or rejected with a code and a message that names the field.
 */
public record CheckedRow(RawRow row, BigDecimal value, Instant submittedAt, RejectCode code, String message) {

	static final int MESSAGE_LENGTH = 1000;

	public boolean accepted() {
		return code == null;
	}

	static CheckedRow accepted(RawRow row, BigDecimal value, Instant submittedAt) {
		return new CheckedRow(row, value, submittedAt, null, null);
	}

	static CheckedRow rejected(RawRow row, RejectCode code, String message, Instant submittedAt) {
		return new CheckedRow(row, null, submittedAt, code, printable(message));
	}

	/**
	 * A message as it can be shown anywhere (console, log, workbook, PDF): control characters of a
	 * hostile field written as {@code \\uXXXX}, and at most {@value #MESSAGE_LENGTH} characters.
	 */
	static String printable(String message) {
		if (message == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(Math.min(message.length(), MESSAGE_LENGTH) + 16);
		int i = 0;
		for (; i < message.length() && text.length() < MESSAGE_LENGTH; i++) {
			char c = message.charAt(i);
			if (Character.isISOControl(c) || c >= 0xFFFE || (Character.isSurrogate(c) && !validSurrogate(message, i))) {
				text.append(String.format("\\u%04X", (int) c));
			}
			else {
				text.append(c);
			}
		}
		return i < message.length() ? text.append('…').toString() : text.toString();
	}

	private static boolean validSurrogate(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
