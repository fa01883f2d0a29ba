import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The measurement behind V23 (issue 20): how long H2 takes to store a run's rows again, in slices with a
 * commit each (as the reuse step copies them), into a scratch table of submission_row's shape with a
 * choice of second index. Run it on the database a benchmark left (a copy of it: it adds and drops a
 * table named scratch), with the H2 jar the scorecard jar embeds:
 *
 * <pre>
 * unzip -j target/scorecard.jar 'BOOT-INF/lib/h2-*.jar' -d /tmp/h2
 * javac -cp '/tmp/h2/*' -d /tmp/ic bench/IndexCopy.java
 * java -Xmx512m -cp '/tmp/ic:/tmp/h2/*' IndexCopy DB_WITHOUT_.mv.db RUN_ID 1000:old 1000:new 1000:none
 * </pre>
 *
 * Each trial is SLICE:INDEX, INDEX one of {@code old} (run, agency, indicator, period, submitted_at),
 * {@code new} (run, agency, period, indicator, submitted_at), {@code none} (no second index; it is built
 * after the copy, and that time printed too). On the 1M warm set's database (1,071,228 rows), 2026-11-29:
 * old 42.2 s, new 18.6 s, none 14.6 s + 6.7 s.
 */
public class IndexCopy {

	static final String TABLE = "CREATE TABLE scratch (run_id BIGINT NOT NULL, file_id INT NOT NULL, line BIGINT NOT NULL, "
			+ "sheet VARCHAR(100), agency VARCHAR(200), period VARCHAR(100), indicator VARCHAR(200), value_text VARCHAR(200), "
			+ "unit VARCHAR(100), value_num NUMERIC(60, 30), submitted_at TIMESTAMP(9), submitted_at_text VARCHAR(100), "
			+ "note VARCHAR(4000), raw VARCHAR(8000), code VARCHAR(24), message VARCHAR(2000), is_current BOOLEAN NOT NULL, "
			+ "sheet_no INT DEFAULT 0 NOT NULL, message_alt VARCHAR(2000), PRIMARY KEY (run_id, file_id, sheet_no, line))";

	static String index(String kind) {
		return switch (kind) {
			case "old" -> "CREATE INDEX scratch_key ON scratch (run_id, agency, indicator, period, submitted_at)";
			case "new", "none" -> "CREATE INDEX scratch_key ON scratch (run_id, agency, period, indicator, submitted_at)";
			default -> throw new IllegalArgumentException("index: old, new or none, not " + kind);
		};
	}

	public static void main(String[] args) throws SQLException {
		String url = "jdbc:h2:file:" + args[0] + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
		long run = Long.parseLong(args[1]);
		try (Connection c = connect(url); Statement s = c.createStatement()) {
			int last;
			try (ResultSet rs = s.executeQuery("SELECT MAX(file_id) FROM submission_row WHERE run_id = " + run)) {
				rs.next();
				last = rs.getInt(1);
			}
			for (int i = 2; i < args.length; i++) {
				String[] trial = args[i].split(":");
				int slice = Integer.parseInt(trial[0]);
				String kind = trial[1];
				s.execute("DROP TABLE IF EXISTS scratch");
				s.execute(TABLE);
				if (!kind.equals("none")) {
					s.execute(index(kind));
				}
				c.setAutoCommit(false);
				long t0 = System.nanoTime();
				long rows = 0;
				for (int from = 1; from <= last; from += slice) {
					rows += s.executeUpdate("INSERT INTO scratch SELECT 99, file_id, line, sheet, agency, period, indicator, "
							+ "value_text, unit, value_num, submitted_at, submitted_at_text, note, raw, code, message, is_current, "
							+ "sheet_no, message_alt FROM submission_row WHERE run_id = " + run + " AND file_id >= " + from
							+ " AND file_id < " + (from + slice));
					c.commit();
				}
				double copy = (System.nanoTime() - t0) / 1e9;
				String after = "";
				if (kind.equals("none")) {
					long t1 = System.nanoTime();
					s.execute(index(kind));
					c.commit();
					after = String.format(Locale.ROOT, " + %.1f s to build the index afterwards", (System.nanoTime() - t1) / 1e9);
				}
				c.setAutoCommit(true);
				System.out.printf(Locale.ROOT, "slices of %d files, index %s: %,d rows in %.1f s%s%n", slice, kind, rows, copy,
						after);
			}
			s.execute("DROP TABLE IF EXISTS scratch");
		}
	}

	static Connection connect(String url) throws SQLException {
		try {
			return DriverManager.getConnection(url, "", "");
		}
		catch (SQLException ex) {
			return DriverManager.getConnection(url, "sa", "");
		}
	}

}
