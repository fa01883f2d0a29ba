package org.scorecard.workbook;

import org.apache.poi.ss.usermodel.Row;

/** "Data quality": every finding (rule, roll-up, outlier) with the values compared. */
final class QualitySheet {

	private QualitySheet() {
	}

	static void write(WorkbookRun book) {
		Styles styles = book.styles();
		long count = book.jdbc().queryForObject("SELECT COUNT(*) FROM quality_finding WHERE run_id = ?", Long.class,
				book.runId());
		PagedSheet sheet = book.list("Data quality", count,
				new String[] { "Kind", "Agency", "Period", "Indicator", "Rule", "Message", "Value", "Compared with" },
				new int[] { 9, 12, 9, 24, 30, 80, 14, 14 });
		book.jdbc().query("SELECT kind, agency, period, indicator, rule, message, value_left, value_right "
				+ "FROM quality_finding WHERE run_id = ? ORDER BY position", rs -> {
					Row row = sheet.next();
					for (int column = 0; column < 6; column++) {
						Cells.text(row, column, rs.getString(column + 1), styles.text);
					}
					Cells.number(row, 6, rs.getBigDecimal(7), styles.number(2));
					Cells.number(row, 7, rs.getBigDecimal(8), styles.number(2));
				}, book.runId());
		sheet.finish();
	}

}
