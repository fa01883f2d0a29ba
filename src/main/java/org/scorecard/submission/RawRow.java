package org.scorecard.submission;

import org.scorecard.spreadsheet.Cell;
import org.scorecard.text.Message;

/**
 * A row as read from a submission file, before any check: its place in the file ({@code line}, and
 * for a workbook the sheet's name and 1-based position {@code sheetNo}; 0 and null for CSV), its
 * fields trimmed (null when absent), what its value cell holds ({@code valueKind}: always
 * {@code TEXT} for CSV) and the formula that computed it ({@code valueFormula}, or null), and the
 * text it came from. A row whose shape is wrong carries the reason in {@code malformed}.
 */
public record RawRow(int fileId, long line, int sheetNo, String sheet, String agency, String period, String indicator,
		String value, Cell.Kind valueKind, String valueFormula, String unit, String submittedAt, String note, String raw,
		Message malformed) {

	/** A CSV row: every field is text. */
	public static RawRow csv(int fileId, long line, String agency, String period, String indicator, String value,
			String unit, String submittedAt, String note, String raw) {
		return new RawRow(fileId, line, 0, null, agency, period, indicator, value, Cell.Kind.TEXT, null, unit,
				submittedAt, note, raw, null);
	}

	/** A row whose shape is wrong, with the reason (put in words in each of the run's languages when checked). */
	public static RawRow malformed(int fileId, long line, int sheetNo, String sheet, String raw, Message reason) {
		return new RawRow(fileId, line, sheetNo, sheet, null, null, null, null, Cell.Kind.TEXT, null, null, null, null,
				raw, reason);
	}

	/**
	 * The value as its sender's program showed it, for the audit trail: {@code 24.7%} for a percentage,
	 * {@code =SUM(D7:D9) → 1234.5} for a formula's result.
	 */
	public String valueAsSent() {
		String shown = valueKind == Cell.Kind.PERCENT && value != null ? value + "%" : value;
		return valueFormula == null ? shown : "=" + valueFormula + " → " + shown;
	}

	/** Where the row is, for people: {@code line 7}, or {@code sheet 'Tháng 10' row 7}. */
	public String place() {
		return sheet == null ? "line " + line : "sheet '" + sheet + "' row " + line;
	}

}
