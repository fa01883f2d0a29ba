package org.scorecard.submission;

import org.scorecard.text.Messages;

/**
 * What became of one sheet of a workbook: read as a form (with the rows it gave), or skipped with
 * the reason ("hidden", "no header row beginning with 'Indicator'", ...).
 */
public record SheetOutcome(int position, String name, boolean read, String reason, long rows) {

	static SheetOutcome read(int position, String name, long rows) {
		return new SheetOutcome(position, name, true, null, rows);
	}

	static SheetOutcome skipped(int position, String name, String reason) {
		return new SheetOutcome(position, name, false, reason, 0);
	}

	/** One line for people: {@code 'Tháng 10' read, 12 rows} or {@code 'DanhMuc' skipped: hidden}. */
	public String describe() {
		return describe(Messages.english());
	}

	public String describe(Messages messages) {
		return read ? messages.format(rows == 1 ? "sheet.read.one" : "sheet.read.many", "sheet", name, "rows", rows)
				: messages.format("sheet.skipped", "sheet", name, "reason", reason);
	}

}
