package org.scorecard.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Reconciliation": per file, the rows its reader counted against the rows on "Submissions" and
 * "Rejections" (live COUNTIFS by file number) and its rows of months the workbook does not carry
 * ({@link Carried}: a number from the run's database), and a check cell that reads OK when read =
 * accepted + rejected + other months; a total line checks the whole run the same way. For a workbook, what became of each
 * of its sheets (read as a form, with its rows, or skipped and why).
 */
final class ReconciliationSheet {

	/** The sheet's English name; a run names it in its language ({@code sheet.reconciliation}). */
	static final String NAME = "Reconciliation";

	private static final int[] WIDTHS = { 7, 50, 11, 11, 14, 14, 16, 18, 9, 70 };

	private ReconciliationSheet() {
	}

	static long count(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) + 1 FROM input_file WHERE run_id = ? AND status <> 'skipped'",
				Long.class, runId);
	}

	static void write(WorkbookRun book, SheetLayout layout, SheetLayout submissions, SheetLayout rejections,
			Carried carried) {
		Styles styles = book.styles();
		JdbcTemplate jdbc = book.jdbc();
		long runId = book.runId();
		Words words = book.words();
		// the check cells show a word of the run's language; the total counts them by the same word
		String ok = Formulas.quoted(words.get("check.ok"));
		String notOk = Formulas.quoted(words.get("check.check"));
		PagedSheet sheet = new PagedSheet(book.workbook(), layout, styles, words.headers("reconciliation", 10), WIDTHS);
		Map<Long, List<String>> sheets = new HashMap<>();
		jdbc.query("SELECT file_id, sheet_no, name, status, reason, rows_read FROM input_sheet WHERE run_id = ? "
				+ "ORDER BY file_id, sheet_no", rs -> {
					boolean read = rs.getString("status").equals("read");
					sheets.computeIfAbsent(rs.getLong("file_id"), id -> new ArrayList<>())
						.add(read ? words.format(rs.getLong("rows_read") == 1 ? "reconciliation.sheet.read.one"
								: "reconciliation.sheet.read", "name", rs.getString("name"), "rows",
								rs.getLong("rows_read"))
								: words.format("reconciliation.sheet.skipped", "name", rs.getString("name"), "reason",
										rs.getString("reason")));
				}, runId);
		long[] totals = new long[5];
		jdbc.query("SELECT file_id, path, status, rows_read, rows_accepted, rows_rejected FROM input_file "
				+ "WHERE run_id = ? AND status <> 'skipped' ORDER BY file_id", rs -> {
					Row row = sheet.next();
					int n = sheet.excelRow();
					long read = rs.getLong("rows_read");
					long accepted = rs.getLong("rows_accepted");
					long rejected = rs.getLong("rows_rejected");
					long fileId = rs.getLong("file_id");
					// what the sheets carry, and the rest of what the reader counted (other months)
					long other = accepted - carried.accepted(fileId) + rejected - carried.rejected(fileId);
					accepted = carried.accepted(fileId);
					rejected = carried.rejected(fileId);
					totals[0] += read;
					totals[1] += accepted;
					totals[2] += rejected;
					totals[3]++;
					totals[4] += other;
					Cells.number(row, 0, fileId, styles.plain);
					Cells.text(row, 1, rs.getString("path"), styles.text);
					Cells.text(row, 2, words.get("file." + rs.getString("status")), styles.normal);
					Cells.number(row, 3, read, styles.integer);
					Cells.formula(row, 4, Formulas.countifs(submissions.all(), SubmissionsSheet.FILE_NO, "$A" + n),
							java.math.BigDecimal.valueOf(accepted), styles.integer);
					Cells.formula(row, 5,
							Formulas.countifs(rejections.all(), SubmissionsSheet.REJECTED_FILE_NO, "$A" + n,
									SubmissionsSheet.REJECTED_CODE, Formulas.quoted("<>UNREADABLE_FILE")),
							java.math.BigDecimal.valueOf(rejected), styles.integer);
					Cells.number(row, 6, other, styles.integer);
					Cells.formula(row, 7, "E" + n + "+F" + n + "+G" + n,
							java.math.BigDecimal.valueOf(accepted + rejected + other), styles.integer);
					String check = read == accepted + rejected + other ? "OK" : "CHECK";
					Cells.formula(row, 8, "IF(D" + n + "=H" + n + "," + ok + "," + notOk + ")",
							words.get(check.equals("OK") ? "check.ok" : "check.check"), styles.status(check));
					List<String> fileSheets = sheets.get(fileId);
					if (fileSheets != null) {
						Cells.text(row, 9, String.join("; ", fileSheets), styles.text);
					}
				}, runId);
		Row total = sheet.next();
		int n = sheet.excelRow();
		int first = layout.firstDataRow(0) + 1;
		Cells.text(total, 1, words.format("reconciliation.total", "files", totals[3]), styles.label);
		for (int column = 3; column <= 7; column++) {
			String letter = Character.toString('A' + column);
			long value = switch (column) {
				case 3 -> totals[0];
				case 4 -> totals[1];
				case 5 -> totals[2];
				case 6 -> totals[4];
				default -> totals[1] + totals[2] + totals[4];
			};
			Cells.formula(total, column, "SUM(" + letter + first + ":" + letter + (n - 1) + ")",
					java.math.BigDecimal.valueOf(value), styles.integer);
		}
		String check = totals[0] == totals[1] + totals[2] + totals[4] ? "OK" : "CHECK";
		Cells.formula(total, 8, "IF(AND(D" + n + "=H" + n + ",COUNTIF(I" + first + ":I" + (n - 1) + "," + ok + ")="
				+ totals[3] + ")," + ok + "," + notOk + ")", words.get(check.equals("OK") ? "check.ok" : "check.check"), styles.status(check));
		sheet.finish();
	}

}
