package org.scorecard.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scorecard.run.RunContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who sent each file, so that an agency hears of every problem with what it sent: the agency its
 * rows name, when they name exactly one known agency (a form's rows name its sheet's Agency cell);
 * otherwise the agency whose code begins the file's name ({@code HN-DOIT-2026-10.csv}: the longest code
 * followed by something that is no letter or digit) or names one of its folders, the innermost first;
 * otherwise nobody: the file is unattributed. Names and folders match codes in any case.
 */
public final class Senders {

	private Senders() {
	}

	/** A rejected row (line null: a file that could not be read at all, code UNREADABLE_FILE). */
	public record Rejection(String file, Long line, String agency, String code, String message) {
	}

	/**
	 * What went wrong with what an agency sent, in file order: every rejected row of the files it sent,
	 * the rejected rows of other files that name it, and its files that could not be read at all.
	 */
	public static List<Rejection> rejections(JdbcTemplate jdbc, long runId, String agency) {
		return rejections(jdbc, runId, agency, false);
	}

	/** The same, with the messages in the run's second language ({@code second}) where they are stored in it. */
	public static List<Rejection> rejections(JdbcTemplate jdbc, long runId, String agency, boolean second) {
		// Three disjoint parts, each found through an index (a scan of the run's rows per agency cost
		// H2 60 s for the 500 scorecards of 100,000 rows): rows naming the agency, rows of the files it
		// sent that name another agency or none, and its files that could not be read.
		String message = RunContext.stored("r.message", second);
		return jdbc.query("SELECT f.path, r.line, r.agency, r.code, " + message + ", f.file_id, r.sheet_no "
				+ "FROM submission_row r JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id "
				+ "WHERE r.run_id = ? AND r.agency = ? AND r.code IS NOT NULL "
				+ "UNION ALL SELECT f.path, r.line, r.agency, r.code, " + message + ", f.file_id, r.sheet_no "
				+ "FROM input_file f JOIN submission_row r ON r.run_id = f.run_id AND r.file_id = f.file_id "
				+ "WHERE f.run_id = ? AND f.sender = ? AND r.code IS NOT NULL AND (r.agency IS NULL OR r.agency <> ?) "
				+ "UNION ALL SELECT path, NULL, NULL, 'UNREADABLE_FILE', " + RunContext.stored("message", second)
				+ ", file_id, 0 FROM input_file "
				+ "WHERE run_id = ? AND sender = ? AND status = 'unreadable' ORDER BY 6, 7, 2",
				(rs, n) -> new Rejection(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4),
						rs.getString(5)),
				runId, agency, runId, agency, agency, runId, agency);
	}

	/**
	 * A file's sender: {@code named}, the one known agency its rows name (null where they name none or
	 * several), else the agency its path names, else nobody (recorded by {@link Accounting#check}).
	 */
	static String sender(String path, String named, Set<String> codes) {
		return named != null ? named : byPath(path, codes);
	}

	/** The agency a path names: its file name's leading code, else a folder's name, innermost first. */
	static String byPath(String path, Set<String> codes) {
		String[] parts = path.split("/");
		String name = parts[parts.length - 1].toUpperCase(Locale.ROOT);
		String leading = codes.stream()
			.filter(code -> name.startsWith(code)
					&& (name.length() == code.length() || !Character.isLetterOrDigit(name.charAt(code.length()))))
			.max(Comparator.comparingInt(String::length))
			.orElse(null);
		if (leading != null) {
			return leading;
		}
		for (int i = parts.length - 2; i >= 0; i--) {
			String folder = parts[i].toUpperCase(Locale.ROOT);
			if (codes.contains(folder)) {
				return folder;
			}
		}
		return null;
	}

}
