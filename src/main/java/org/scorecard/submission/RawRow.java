package org.scorecard.submission;

/**
 * A row as read from a submission file, before any check: its place in the file ({@code sheet} is
 * null for CSV), its fields trimmed (null when absent), and the text it came from. A row whose
 * shape is wrong carries the reason in {@code malformed}.
 */
public record RawRow(int fileId, long line, String sheet, String agency, String period, String indicator,
		String value, String unit, String submittedAt, String note, String raw, String malformed) {

	public static RawRow malformed(int fileId, long line, String sheet, String raw, String reason) {
		return new RawRow(fileId, line, sheet, null, null, null, null, null, null, null, raw, reason);
	}

}
