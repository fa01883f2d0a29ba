package org.scorecard.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecard.submission.SheetOutcome;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Reconciliation": per file, the rows its reader counted against the rows on "Submissions" and
 * "Rejections" (live COUNTIFS by file number), and a check cell that reads OK when read = accepted +
 * rejected; a total line checks the whole run the same way. For a workbook, what became of each
 * of its sheets (read as a form, with its rows, or skipped and why).
 */
final class ReconciliationSheet {

	static final String NAME = "Reconciliation";

	private static final String[] HEADERS = { "File #", "File", "Status", "Rows read", "Accepted (Submissions)",
			"Rejected (Rejections)", "Accepted + rejected", "Check", "Sheets (workbooks: each read or skipped, and why)" };

	private static final int[] WIDTHS = { 7, 50, 11, 11, 14, 14, 14, 9, 70 };

	private ReconciliationSheet() {
	}

	static long count(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) + 1 FROM input_file WHERE run_id = ? AND status <> 'skipped'",
				Long.class, runId);
	}

	static void write(SXSSFWorkbook workbook, Styles styles, JdbcTemplate jdbc, long runId, SheetLayout layout,
			SheetLayout submissions, SheetLayout rejections) {
		PagedSheet sheet = new PagedSheet(workbook, layout, styles, HEADERS, WIDTHS);
		Map<Long, List<String>> sheets = new HashMap<>();
		jdbc.query("SELECT file_id, sheet_no, name, status, reason, rows_read FROM input_sheet WHERE run_id = ? "
				+ "ORDER BY file_id, sheet_no", rs -> {
					sheets.computeIfAbsent(rs.getLong("file_id"), id -> new ArrayList<>())
						.add(new SheetOutcome(rs.getInt("sheet_no"), rs.getString("name"), rs.getString("status").equals("read"),
								rs.getString("reason"), rs.getLong("rows_read")).describe());
				}, runId);
		long[] totals = new long[4];
		jdbc.query("SELECT file_id, path, status, rows_read, rows_accepted, rows_rejected FROM input_file "
				+ "WHERE run_id = ? AND status <> 'skipped' ORDER BY file_id", rs -> {
					Row row = sheet.next();
					int n = sheet.excelRow();
					long read = rs.getLong("rows_read");
					long accepted = rs.getLong("rows_accepted");
					long rejected = rs.getLong("rows_rejected");
					totals[0] += read;
					totals[1] += accepted;
					totals[2] += rejected;
					totals[3]++;
					Cells.number(row, 0, rs.getLong("file_id"), styles.plain);
					Cells.text(row, 1, rs.getString("path"), styles.text);
					Cells.text(row, 2, rs.getString("status"), null);
					Cells.number(row, 3, read, styles.integer);
					Cells.formula(row, 4, Formulas.countifs(submissions.all(), SubmissionsSheet.FILE_NO, "$A" + n),
							java.math.BigDecimal.valueOf(accepted), styles.integer);
					Cells.formula(row, 5,
							Formulas.countifs(rejections.all(), SubmissionsSheet.REJECTED_FILE_NO, "$A" + n,
									SubmissionsSheet.REJECTED_CODE, Formulas.quoted("<>UNREADABLE_FILE")),
							java.math.BigDecimal.valueOf(rejected), styles.integer);
					Cells.formula(row, 6, "E" + n + "+F" + n, java.math.BigDecimal.valueOf(accepted + rejected),
							styles.integer);
					String check = read == accepted + rejected ? "OK" : "CHECK";
					Cells.formula(row, 7, "IF(D" + n + "=G" + n + ",\"OK\",\"CHECK\")", check, styles.status(check));
					List<String> fileSheets = sheets.get(rs.getLong("file_id"));
					if (fileSheets != null) {
						Cells.text(row, 8, String.join("; ", fileSheets), styles.text);
					}
				}, runId);
		Row total = sheet.next();
		int n = sheet.excelRow();
		int first = layout.firstDataRow(0) + 1;
		Cells.text(total, 1, "Total (" + totals[3] + " files)", styles.label);
		for (int column = 3; column <= 6; column++) {
			String letter = Character.toString('A' + column);
			long value = switch (column) {
				case 3 -> totals[0];
				case 4 -> totals[1];
				case 5 -> totals[2];
				default -> totals[1] + totals[2];
			};
			Cells.formula(total, column, "SUM(" + letter + first + ":" + letter + (n - 1) + ")",
					java.math.BigDecimal.valueOf(value), styles.integer);
		}
		boolean ok = totals[0] == totals[1] + totals[2];
		String check = ok ? "OK" : "CHECK";
		Cells.formula(total, 7, "IF(AND(D" + n + "=G" + n + ",COUNTIF(H" + first + ":H" + (n - 1) + ",\"OK\")="
				+ totals[3] + "),\"OK\",\"CHECK\")", check, styles.status(check));
		sheet.finish();
	}

}
