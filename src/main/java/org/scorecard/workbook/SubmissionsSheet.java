package org.scorecard.workbook;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.run.Run;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.period.Utc;

/**
 * "Submissions": every accepted row of the months the workbook carries ({@link Carried}), current and
 * superseded, with the value as sent and as converted, and where it came from; "Rejections": the
 * rejected rows it carries and every unreadable file.
 * All text is written as text: a note or raw line starting with "=" stays inert. The status and the
 * rejection code are codes (formulas select by them); a last column gives each in words.
 */
final class SubmissionsSheet {

	static final String NAME = "Submissions";

	static final String FILE_NO = "A";

	static final String AGENCY = "E";

	static final String YEAR = "G";

	static final String MONTH = "H";

	static final String INDICATOR = "I";

	static final String VALUE = "L";

	/** The status code column (current or superseded, whatever the language: Values selects by it). */
	static final String STATUS = "P";

	static final String CURRENT = "current";

	static final String REJECTIONS = "Rejections";

	static final String REJECTED_FILE_NO = "A";

	static final String REJECTED_CODE = "H";

	private static final int[] WIDTHS = { 7, 40, 7, 12, 12, 9, 7, 7, 24, 16, 10, 18, 9, 26, 26, 11, 40, 16 };

	/**
	 * The accepted rows carried, in file order. The file's path and the indicator's unit are looked up in
	 * maps taken once ({@link #paths}, {@link #unitWords}), not joined to every row: the two joins were a
	 * third of the time this query took in the workbook's profile at 100,000 rows.
	 */
	private static final String QUERY = "SELECT r.file_id, r.line, r.sheet, r.agency, r.period, r.indicator, "
			+ "r.value_text, r.unit, r.value_num, r.submitted_at, r.submitted_at_text, r.is_current, r.note "
			+ "FROM submission_row r WHERE r.run_id = ? AND r.code IS NULL AND r.period >= ? AND r.period <= ? "
			+ "ORDER BY r.file_id, r.sheet_no, r.line";

	private static final int[] REJECTION_WIDTHS = { 7, 40, 7, 12, 12, 9, 24, 20, 60, 60, 30 };

	/** The rejected rows and unreadable files, their messages in the edition's language ({@code %s}). */
	private static final String REJECTED = "SELECT r.file_id, f.path, r.line, r.sheet, r.agency, r.period, r.indicator, "
			+ "r.code, %s, r.raw, r.sheet_no, r.period FROM submission_row r "
			+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id WHERE r.run_id = ? AND r.code IS NOT NULL "
			+ "UNION ALL SELECT f.file_id, f.path, NULL, NULL, NULL, NULL, NULL, 'UNREADABLE_FILE', %s, NULL, 0, NULL "
			+ "FROM input_file f WHERE f.run_id = ? AND f.status = 'unreadable' ORDER BY 1, 11, 3";

	private SubmissionsSheet() {
	}

	/** The rejected rows carried, and a line per unreadable file. */
	static long countRejected(JdbcTemplate jdbc, Run run, Carried carried) {
		return carried.rejected() + jdbc.queryForObject(
				"SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status = 'unreadable'", Long.class, run.id());
	}

	/** The sheet and its parts, made before any rows are written (the workbook's sheets are made in order). */
	static PagedSheet open(WorkbookRun book, SheetLayout layout) {
		return new PagedSheet(book.workbook(), layout, book.styles(), book.words().headers("submissions", 18), WIDTHS);
	}

	/** The sheet's rows, without finishing it (as {@link ValuesSheet#fill}: it may run beside another sheet's). */
	static void fill(WorkbookRun book, PagedSheet sheet, Carried carried, JdbcTemplate jdbc) {
		Styles styles = book.styles();
		Words words = book.words();
		Map<String, Integer> decimals = book.decimals();
		long runId = book.runId();
		Map<Integer, String> paths = paths(jdbc, runId, carried);
		Map<String, String> units = unitWords(jdbc, runId, words);
		String currentWord = words.get("submissions.current");
		String supersededWord = words.get("submissions.superseded");
		jdbc.query(QUERY, rs -> {
			Row row = sheet.next();
			String period = rs.getString("period");
			String indicator = rs.getString("indicator");
			int fileId = rs.getInt("file_id");
			Cells.number(row, 0, fileId, styles.plain);
			Cells.text(row, 1, paths.get(fileId), styles.normal);
			Cells.number(row, 2, rs.getLong("line"), styles.plain);
			Cells.text(row, 3, rs.getString("sheet"), styles.normal);
			Cells.text(row, 4, rs.getString("agency"), styles.normal);
			Cells.text(row, 5, period, styles.normal);
			Cells.number(row, 6, Integer.parseInt(period.substring(0, 4)), styles.plain);
			Cells.number(row, 7, Integer.parseInt(period.substring(5, 7)), styles.plain);
			Cells.text(row, 8, indicator, styles.normal);
			Cells.text(row, 9, rs.getString("value_text"), styles.text);
			Cells.text(row, 10, rs.getString("unit"), styles.normal);
			Cells.number(row, 11, rs.getBigDecimal("value_num"), styles.number(decimals.getOrDefault(indicator, 2)));
			Cells.text(row, 12, units.get(indicator), styles.normal);
			Cells.text(row, 13, rs.getString("submitted_at_text"), styles.text);
			LocalDateTime at = rs.getObject("submitted_at", LocalDateTime.class);
			Cells.text(row, 14, at == null ? null
					: ReportingPeriod.time(Utc.instant(at)), styles.text);
			boolean current = rs.getBoolean("is_current");
			Cells.text(row, 15, current ? CURRENT : "superseded", styles.normal);
			Cells.text(row, 16, rs.getString("note"), styles.text);
			Cells.text(row, 17, current ? currentWord : supersededWord, styles.normal);
		}, runId, carried.since().toString(), carried.until().toString());
	}

	/** The path of every file with accepted rows carried, by its number (not every file of the history). */
	private static Map<Integer, String> paths(JdbcTemplate jdbc, long runId, Carried carried) {
		Map<Integer, String> paths = new HashMap<>();
		jdbc.query("SELECT file_id, path FROM input_file WHERE run_id = ?", rs -> {
			if (carried.accepted(rs.getInt(1)) > 0) {
				paths.put(rs.getInt(1), rs.getString(2));
			}
		}, runId);
		return paths;
	}

	/** Every indicator's unit in the workbook's words, by its code. */
	private static Map<String, String> unitWords(JdbcTemplate jdbc, long runId, Words words) {
		Map<String, String> units = new HashMap<>();
		jdbc.query("SELECT code, unit FROM indicator WHERE run_id = ?", rs -> {
			units.put(rs.getString(1), words.word("unit", rs.getString(2)));
		}, runId);
		return units;
	}

	static PagedSheet openRejections(WorkbookRun book, SheetLayout layout) {
		return new PagedSheet(book.workbook(), layout, book.styles(), book.words().headers("rejections", 11),
				REJECTION_WIDTHS);
	}

	static void fillRejections(WorkbookRun book, PagedSheet sheet, Carried carried, JdbcTemplate jdbc) {
		Styles styles = book.styles();
		Words words = book.words();
		long runId = book.runId();
		jdbc.query(REJECTED.formatted(book.context().stored("r.message"), book.context().stored("f.message")), rs -> {
			if (!carried.carries(rs.getString(12))) {
				return; // counted on Reconciliation; an unreadable file has no period and is always listed
			}
			Row row = sheet.next();
			Cells.number(row, 0, rs.getLong(1), styles.plain);
			Cells.text(row, 1, rs.getString(2), styles.text);
			long line = rs.getLong(3);
			if (!rs.wasNull()) {
				Cells.number(row, 2, line, styles.plain);
			}
			for (int column = 4; column <= 10; column++) {
				Cells.text(row, column - 1, rs.getString(column), styles.text);
			}
			// the reason in words next to its code (the code stays: Reconciliation counts by it)
			Cells.text(row, 10, words.word("code", rs.getString(8)), styles.text);
		}, runId, runId);
	}

}
