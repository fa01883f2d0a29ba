package org.scorecard.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.run.Run;

/** "About": the run (period, id, edition, time, version, folders, settings, fingerprint) and every input file. */
final class AboutSheet {

	private AboutSheet() {
	}

	static void write(WorkbookRun book) {
		Run run = book.run();
		Styles styles = book.styles();
		long files = book.jdbc().queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ?", Long.class, run.id());
		String[][] labels = { { "Scorecard: the auditor's workbook", null }, { "Period", run.period().toString() },
				{ "Run id", Long.toString(run.id()) }, { "Edition", Integer.toString(run.edition()) },
				{ "Generated at", book.generatedAt().toString() }, { "Software version", "Scorecard " + book.version() },
				{ "Reference folder", run.referenceDir().toString() }, { "Inbox folder", run.inboxDir().toString() },
				{ "Output folder", run.outDir().toString() },
				{ "Period cut-off", run.cutoff() == Cutoff.CALENDAR ? "calendar month" : "Decree 09 (15th to 14th)" },
				{ "Deadline", run.deadlineDays() + " days after the period ends: end of "
						+ book.context().deadlineEnd().minusNanos(1).atZone(ReportingPeriod.ZONE).toLocalDate()
						+ " (Asia/Ho_Chi_Minh)" },
				{ "Fingerprint (SHA-256)", run.fingerprint() },
				{ "Rows", run.rowsRead() + " read = " + run.rowsAccepted() + " accepted + " + run.rowsRejected()
						+ " rejected (see Reconciliation)" },
				{ "Sheets", "Summary: results; Reconciliation: rows per file; Values: every month used, traced to "
						+ "Submissions; Submissions: every accepted row; Rejections: every rejected row; Completeness; "
						+ "Tasks; Data quality; Targets" } };
		PagedSheet sheet = new PagedSheet(book.workbook(),
				new SheetLayout("About", labels.length + 1, WorkbookWriter.EXCEL_ROWS, files), styles,
				new String[] { "File #", "File", "Status", "SHA-256", "Bytes", "Read", "Accepted", "Rejected", "Message" },
				new int[] { 22, 60, 11, 66, 10, 9, 9, 9, 50 });
		for (int i = 0; i < labels.length; i++) {
			Row row = sheet.preamble(i);
			Cells.text(row, 0, labels[i][0], i == 0 ? styles.title : styles.label);
			Cells.text(row, 1, labels[i][1], styles.text);
		}
		book.jdbc().query("SELECT file_id, path, status, sha256, size_bytes, rows_read, rows_accepted, rows_rejected, "
				+ "message FROM input_file WHERE run_id = ? ORDER BY file_id", rs -> {
					Row row = sheet.next();
					Cells.number(row, 0, rs.getLong(1), styles.plain);
					Cells.text(row, 1, rs.getString(2), styles.text);
					Cells.text(row, 2, rs.getString(3), null);
					Cells.text(row, 3, rs.getString(4), styles.text);
					Cells.number(row, 4, rs.getLong(5), styles.integer);
					if (!"skipped".equals(rs.getString(3))) {
						Cells.number(row, 5, rs.getLong(6), styles.integer);
						Cells.number(row, 6, rs.getLong(7), styles.integer);
						Cells.number(row, 7, rs.getLong(8), styles.integer);
					}
					Cells.text(row, 8, rs.getString(9), styles.text);
				}, run.id());
		sheet.finish();
	}

}
