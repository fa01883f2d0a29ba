package org.scorecard.workbook;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.run.Run;
import org.scorecard.text.Texts;

/**
 * "About": the run (period, id, edition, time, version, folders, settings, fingerprint), the status
 * words of the run's language by code, and every input file. The formulas give status codes (the
 * machine values, as in summary.json, compared by conditional formatting and other formulas); the
 * word columns look the code up in this legend, so a recalculation keeps code and word together.
 */
final class AboutSheet {

	/** Every status code a cell can show: results, then reporting, then tasks. */
	static final List<String> CODES = Stream
		.concat(Styles.RESULT_STATUSES.stream(),
				Stream.of("on_time", "late", "missing", "done_on_time", "done_late", "overdue", "open"))
		.toList();

	private static final int LABELS = 15;

	/** The 0-based row of the legend's first code: after the labels, a blank row and the legend's title. */
	static final int LEGEND_ROW = LABELS + 2;

	private static final List<String> FILE_STATUSES = List.of("read", "unreadable", "skipped");

	private AboutSheet() {
	}

	/** The legend as a VLOOKUP table: code in the first column, word in the second. */
	static String legend(Words words) {
		return "'" + words.sheet("about") + "'!$A$" + (LEGEND_ROW + 1) + ":$B$" + (LEGEND_ROW + CODES.size());
	}

	/** The status word of a code as a formula over the legend; the code itself if it has no word. */
	static String word(Words words, String codeCell) {
		return "IFERROR(VLOOKUP(" + codeCell + "," + legend(words) + ",2,FALSE)," + codeCell + ")";
	}

	static void write(WorkbookRun book, Carried carried) {
		Run run = book.run();
		Styles styles = book.styles();
		Words w = book.words();
		long files = book.jdbc().queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ?", Long.class, run.id());
		String[][] labels = { { w.get("about.title"), null }, { w.get("about.period"), run.period().toString() },
				{ w.get("about.run"), Long.toString(run.id()) }, { w.get("about.edition"), Integer.toString(run.edition()) },
				{ w.get("about.generated"), book.generatedAt().toString() },
				{ w.get("about.version"), "Scorecard " + book.version() },
				{ w.get("about.reference"), run.referenceDir().toString() },
				{ w.get("about.inbox"), run.inboxDir().toString() }, { w.get("about.out"), run.outDir().toString() },
				{ w.get("about.cutoff"),
						w.get(run.cutoff() == Cutoff.CALENDAR ? "about.cutoff.calendar" : "about.cutoff.decree09") },
				{ w.get("about.deadline"), w.format("about.deadline.value", "days", run.deadlineDays(), "date",
						w.date(book.context().deadlineEnd().minusNanos(1).atZone(ReportingPeriod.ZONE).toLocalDate())) },
				{ w.get("about.fingerprint"), run.fingerprint() },
				{ w.get("about.rows"), w.format("about.rows.value", "read", run.rowsRead(), "accepted", run.rowsAccepted(),
						"rejected", run.rowsRejected(), "reconciliation", w.sheet("reconciliation")) },
				{ w.get("about.sheets"), w.format("about.sheets.value", sheetNames(w)) },
				{ w.get("about.carried"), carried(book, carried) } };
		PagedSheet sheet = new PagedSheet(book.workbook(),
				new SheetLayout(w.sheet("about"), LEGEND_ROW + CODES.size() + 1, WorkbookWriter.EXCEL_ROWS, files), styles,
				w.headers("about", 9), new int[] { 22, 60, 11, 66, 10, 9, 9, 9, 50 });
		for (int i = 0; i < labels.length; i++) {
			Row row = sheet.preamble(i);
			Cells.text(row, 0, labels[i][0], i == 0 ? styles.title : styles.label);
			Cells.text(row, 1, labels[i][1], styles.text);
		}
		Row legend = sheet.preamble(LEGEND_ROW - 1);
		Cells.text(legend, 0, w.get("about.legend"), styles.label);
		Cells.text(legend, 1, w.format("about.legend.note", sheetNames(w)), styles.normal);
		for (int i = 0; i < CODES.size(); i++) {
			Row row = sheet.preamble(LEGEND_ROW + i);
			Cells.text(row, 0, CODES.get(i), styles.text);
			Cells.text(row, 1, w.status(CODES.get(i)), styles.status(CODES.get(i)));
		}
		book.jdbc().query("SELECT file_id, path, status, sha256, size_bytes, rows_read, rows_accepted, rows_rejected, "
				+ book.context().stored("message") + " FROM input_file WHERE run_id = ? ORDER BY file_id", rs -> {
					Row row = sheet.next();
					String status = rs.getString(3);
					Cells.number(row, 0, rs.getLong(1), styles.plain);
					Cells.text(row, 1, rs.getString(2), styles.text);
					Cells.text(row, 2, FILE_STATUSES.contains(status) ? w.get("file." + status) : status, styles.normal);
					Cells.text(row, 3, rs.getString(4), styles.text);
					Cells.number(row, 4, rs.getLong(5), styles.integer);
					if (!"skipped".equals(status)) {
						Cells.number(row, 5, rs.getLong(6), styles.integer);
						Cells.number(row, 6, rs.getLong(7), styles.integer);
						Cells.number(row, 7, rs.getLong(8), styles.integer);
					}
					Cells.text(row, 8, rs.getString(9), styles.text);
				}, run.id());
		sheet.finish();
	}

	/** Which months Submissions and Rejections carry, and where the rows of other months are. */
	private static String carried(WorkbookRun book, Carried carried) {
		Run run = book.run();
		Texts texts = book.words().texts();
		long accepted = (run.rowsAccepted() == null ? 0 : run.rowsAccepted()) - carried.accepted();
		long rejected = (run.rowsRejected() == null ? 0 : run.rowsRejected()) - carried.rejected();
		Map<String, Object> values = new LinkedHashMap<>();
		Object[] names = sheetNames(book.words());
		for (int i = 0; i < names.length; i += 2) {
			values.put((String) names[i], names[i + 1]);
		}
		values.put("since", texts.period(carried.since()));
		values.put("until", texts.period(carried.until()));
		values.put("accepted", texts.number(BigDecimal.valueOf(accepted), 0));
		values.put("rejected", texts.number(BigDecimal.valueOf(rejected), 0));
		values.put("run", run.id());
		return texts.format(accepted + rejected == 0 ? "about.carried.all" : "about.carried.value", values);
	}

	/** Every sheet's name, for the texts that name sheets. */
	static Object[] sheetNames(Words w) {
		List<String> keys = List.of("about", "summary", "matrix", "reconciliation", "values", "submissions",
				"rejections", "completeness", "tasks", "quality", "targets", "changes");
		Object[] values = new Object[keys.size() * 2];
		for (int i = 0; i < keys.size(); i++) {
			values[2 * i] = keys.get(i);
			values[2 * i + 1] = w.sheet(keys.get(i));
		}
		return values;
	}

}
