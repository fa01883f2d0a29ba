package org.scorecard.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.files.AtomicFile;

/**
 * {@code rejects.csv} for agencies' data officers: every rejected row, and one line per unreadable
 * file (with an empty line number), in processing order; no field can run as a formula when the file
 * is opened in a spreadsheet ({@link #inert}).
 */
class RejectsCsv {

	private static final String QUERY = "SELECT f.path, r.line, r.agency, r.period, r.indicator, r.code, r.message, r.raw, "
			+ "f.file_id, r.sheet_no FROM submission_row r "
			+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id "
			+ "WHERE r.run_id = ? AND r.code IS NOT NULL "
			+ "UNION ALL SELECT f.path, NULL, NULL, NULL, NULL, 'UNREADABLE_FILE', f.message, NULL, f.file_id, 0 "
			+ "FROM input_file f WHERE f.run_id = ? AND f.status = 'unreadable' ORDER BY 9, 10, 2";

	private final JdbcTemplate jdbc;

	RejectsCsv(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void write(long runId, Path target) throws IOException {
		AtomicFile.write(target, out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
			csv.writeRecord("file", "line", "agency", "period", "indicator", "code", "message", "raw");
			jdbc.query(QUERY, rs -> {
				long line = rs.getLong(2);
				String lineText = rs.wasNull() ? "" : Long.toString(line);
				csv.writeRecord(inert(rs.getString(1)), lineText, inert(rs.getString(3)), inert(rs.getString(4)),
						inert(rs.getString(5)), inert(rs.getString(6)), inert(rs.getString(7)), inert(rs.getString(8)));
			}, runId, runId);
			csv.flush();
		});
	}

	/**
	 * A field a spreadsheet will not run as a formula (OWASP's CSV injection guidance): one that begins
	 * with {@code = + - @}, a tab, a carriage return or an apostrophe gets an apostrophe in front. The text
	 * as sent is the field without its first character wherever the field begins with an apostrophe.
	 */
	static String inert(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return "=+-@\t\r'".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
