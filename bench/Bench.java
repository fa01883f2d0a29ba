import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The measuring half of bench/run.sh (which does the orchestration). Compiled by run.sh with the JDK's
 * javac against the H2 jar that the scorecard jar embeds, so it reads the job's database file with the
 * same H2 version; run with the PostgreSQL driver the jar embeds too, for the runs on PostgreSQL. Every
 * measurement is written as a .properties file; {@code report} reads them all and prints medians and
 * ratios.
 *
 * <pre>
 * Bench concat INBOX OUT.csv RESULT.properties      all CSV submission rows in one CSV (header once)
 * Bench bulkload FILE.csv DBDIR RESULT.properties    CREATE TABLE t AS SELECT * FROM CSVREAD(...) in a fresh H2 file db
 * Bench groupby DB TIMES RESULT.properties           the plain GROUP BY over submission_row, TIMES times
 * Bench rowload INBOX DBDIR RESULT.properties        the like-for-like load floor: every CSV row JDBC-batched
 *                                                    into submission_row's table (same columns and keys) in a fresh H2 file db
 * Bench aggfloor DB PERIOD RESULT.properties         the like-for-like aggregation floor on the job's db: the
 *                                                    window's own values copied into agency_value's table, the
 *                                                    tree's levels rolled up, the year-to-date GROUP BY
 * Bench stages DB GCLOG STDOUT EXIT WALL RESULT      stage seconds and peak heap of one run
 * Bench report RESULTS-DIR                           the report
 * </pre>
 *
 * DB is the job's H2 file ({@code .../scorecard-db.mv.db}) or a JDBC URL (the PostgreSQL schema the job
 * ran in), opened as the user {@code SCORECARD_DB_USER} with {@code SCORECARD_DB_PASSWORD}, as the job.
 */
public class Bench {

	/** The stages reported, and the job steps each is made of. */
	static final Map<String, List<String>> STAGES = new LinkedHashMap<>();

	static {
		STAGES.put("ingest", List.of("ingest"));
		STAGES.put("revisions+account", List.of("settleRevisions", "account"));
		STAGES.put("aggregate", List.of("rollUp", "results", "quality"));
		STAGES.put("workbook+json", List.of("writeOutputs"));
		STAGES.put("consolidated PDF", List.of("report"));
		STAGES.put("agency PDFs", List.of("agencyScorecards"));
	}

	static final String GROUP_BY = "SELECT agency, indicator, SUBSTRING(period, 1, 4), SUM(value_num), COUNT(*) "
			+ "FROM submission_row WHERE is_current GROUP BY agency, indicator, SUBSTRING(period, 1, 4)";

	public static void main(String[] args) throws Exception {
		switch (args.length == 0 ? "" : args[0]) {
			case "concat" -> concat(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
			case "bulkload" -> bulkload(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
			case "groupby" -> groupBy(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
			case "rowload" -> rowLoad(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
			case "aggfloor" -> aggregationFloor(args[1], args[2], Path.of(args[3]));
			case "stages" -> stages(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
					Double.parseDouble(args[5]), Path.of(args[6]));
			case "report" -> report(Path.of(args[1]));
			default -> {
				System.err.println("usage: Bench concat|bulkload|groupby|rowload|aggfloor|stages|report ...");
				System.exit(2);
			}
		}
	}

	// ---------------------------------------------------------------- floors

	/** Every CSV submission row of the inbox (files in path order) in one CSV file with one header. */
	static void concat(Path inbox, Path target, Path result) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		long csvFiles = 0;
		long xlsxFiles = 0;
		long rows = 0;
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			out.write("agency,period,indicator,value,unit,submitted_at,note\n");
			for (Path file : files) {
				String name = file.getFileName().toString();
				if (name.endsWith(".xlsx")) {
					xlsxFiles++;
					continue;
				}
				if (!name.endsWith(".csv")) {
					continue;
				}
				csvFiles++;
				try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					in.readLine();
					String line;
					while ((line = in.readLine()) != null) {
						if (!line.isEmpty()) {
							out.write(line);
							out.write('\n');
							rows++;
						}
					}
				}
			}
		}
		Properties p = new Properties();
		p.setProperty("csv_files", Long.toString(csvFiles));
		p.setProperty("xlsx_files", Long.toString(xlsxFiles));
		p.setProperty("csv_rows", Long.toString(rows));
		save(p, result);
		System.out.printf(Locale.ROOT, "concatenated %,d CSV rows of %,d CSV files (%,d XLSX files left out)%n", rows,
				csvFiles, xlsxFiles);
	}

	/** H2's own bulk load of the concatenated CSV into a fresh file database. */
	static void bulkload(Path csv, Path dbDir, Path result) throws Exception {
		deleteTree(dbDir);
		Files.createDirectories(dbDir);
		String url = "jdbc:h2:file:" + dbDir.toAbsolutePath().resolve("floor") + ";DB_CLOSE_ON_EXIT=FALSE";
		long rows;
		double seconds;
		try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
			String file = csv.toAbsolutePath().toString().replace("'", "''");
			long t0 = System.nanoTime();
			s.execute("CREATE TABLE t AS SELECT * FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8')");
			seconds = (System.nanoTime() - t0) / 1e9;
			try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
				rs.next();
				rows = rs.getLong(1);
			}
		}
		Properties p = new Properties();
		p.setProperty("bulk_rows", Long.toString(rows));
		p.setProperty("bulk_s", Double.toString(seconds));
		save(p, result);
		System.out.printf(Locale.ROOT, "H2 bulk load: %,d rows in %.2f s = %,.0f rows/s%n", rows, seconds, rows / seconds);
		deleteTree(dbDir);
	}

	/** The plain GROUP BY over the job's stored rows, on its own database (H2 file or JDBC URL) after the run. */
	static void groupBy(String db, int times, Path result) throws Exception {
		List<Double> seconds = new ArrayList<>();
		long groups = 0;
		long rows = 0;
		try (Connection c = open(db); Statement s = c.createStatement()) {
			for (int i = 0; i < times; i++) {
				long t0 = System.nanoTime();
				long g = 0;
				long n = 0;
				// a different text each time: H2 would otherwise hand back the previous result of the same query
				try (ResultSet rs = s.executeQuery(GROUP_BY + " /* " + i + " */")) {
					while (rs.next()) {
						g++;
						n += rs.getLong(5);
						rs.getBigDecimal(4);
					}
				}
				seconds.add((System.nanoTime() - t0) / 1e9);
				groups = g;
				rows = n;
			}
		}
		Properties p = new Properties();
		p.setProperty("groupby_cold_s", Double.toString(seconds.get(0)));
		List<Double> warm = seconds.size() > 1 ? seconds.subList(1, seconds.size()) : seconds;
		p.setProperty("groupby_s", Double.toString(median(warm)));
		p.setProperty("groupby_groups", Long.toString(groups));
		p.setProperty("groupby_rows", Long.toString(rows));
		save(p, result);
		System.out.printf(Locale.ROOT, "GROUP BY: %,d groups over %,d current rows; first %.3f s, then %s s%n", groups, rows,
				seconds.get(0), warm.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList());
	}

	/** submission_row as the job's migrations leave it: the same columns, primary key and key index. */
	static final String[] ROW_TABLE = { "CREATE TABLE submission_row (run_id BIGINT NOT NULL, file_id INT NOT NULL, "
			+ "line BIGINT NOT NULL, sheet VARCHAR(100), agency VARCHAR(200), period VARCHAR(100), indicator VARCHAR(200), "
			+ "value_text VARCHAR(200), unit VARCHAR(100), value_num NUMERIC(60, 30), submitted_at TIMESTAMP(9), "
			+ "submitted_at_text VARCHAR(100), note VARCHAR(4000), raw VARCHAR(8000), code VARCHAR(24), "
			+ "message VARCHAR(2000), is_current BOOLEAN NOT NULL, sheet_no INT DEFAULT 0 NOT NULL, "
			+ "message_alt VARCHAR(2000), PRIMARY KEY (run_id, file_id, sheet_no, line))",
			"CREATE INDEX submission_row_key ON submission_row (run_id, agency, period, indicator, submitted_at)" };

	/** Rows per JDBC batch and per commit in the load floor: the job's chunk of 1,000 items. */
	static final int LOAD_CHUNK = 1000;

	/**
	 * The like-for-like load floor (issue 20): every CSV file of the inbox read line by line, split at its
	 * commas, and its rows inserted with JDBC batches of 1,000 into a table with submission_row's columns,
	 * primary key and key index, in a fresh H2 file database, committed per batch as the job commits per
	 * chunk. No checks, no reference data, no provenance beyond file and line, no XLSX: the part of the
	 * job's ingestion that no implementation storing the same rows can skip.
	 */
	static void rowLoad(Path inbox, Path dbDir, Path result) throws Exception {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(inbox)) {
			files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
		}
		deleteTree(dbDir);
		Files.createDirectories(dbDir);
		String url = "jdbc:h2:file:" + dbDir.toAbsolutePath().resolve("floor") + ";DB_CLOSE_ON_EXIT=FALSE";
		long rows = 0;
		double seconds;
		try (Connection c = DriverManager.getConnection(url, "sa", "")) {
			try (Statement s = c.createStatement()) {
				for (String ddl : ROW_TABLE) {
					s.execute(ddl);
				}
			}
			c.setAutoCommit(false);
			long t0 = System.nanoTime();
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO submission_row (run_id, file_id, line, "
					+ "agency, period, indicator, value_text, unit, value_num, submitted_at, submitted_at_text, note, raw, "
					+ "is_current, sheet_no) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, 0)")) {
				int fileId = 0;
				int batched = 0;
				for (Path file : files) {
					fileId++;
					try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						in.readLine();
						String line;
						long lineNo = 1;
						while ((line = in.readLine()) != null) {
							lineNo++;
							if (line.isEmpty()) {
								continue;
							}
							String[] f = line.split(",", -1);
							if (f.length < 7) {
								continue;
							}
							insert.setInt(1, fileId);
							insert.setLong(2, lineNo);
							insert.setString(3, f[0]);
							insert.setString(4, f[1]);
							insert.setString(5, f[2]);
							insert.setString(6, f[3]);
							insert.setString(7, f[4]);
							insert.setBigDecimal(8, number(f[3]));
							insert.setObject(9, instant(f[5]));
							insert.setString(10, f[5]);
							insert.setString(11, f[6].isEmpty() ? null : f[6]);
							insert.setString(12, line);
							insert.addBatch();
							rows++;
							if (++batched == LOAD_CHUNK) {
								insert.executeBatch();
								c.commit();
								batched = 0;
							}
						}
					}
				}
				if (batched > 0) {
					insert.executeBatch();
					c.commit();
				}
			}
			seconds = (System.nanoTime() - t0) / 1e9;
		}
		Properties p = new Properties();
		p.setProperty("rowload_rows", Long.toString(rows));
		p.setProperty("rowload_s", Double.toString(seconds));
		save(p, result);
		System.out.printf(Locale.ROOT, "JDBC-batched load into submission_row's table: %,d rows in %.2f s = %,.0f rows/s%n",
				rows, seconds, rows / seconds);
		deleteTree(dbDir);
	}

	static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static LocalDateTime instant(String text) {
		try {
			return OffsetDateTime.parse(text.trim()).toLocalDateTime();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The like-for-like aggregation floor (issue 20), on the job's database after its run: the work the
	 * job's roll-up and results cannot skip, in plain SQL. A scratch table with agency_value's columns and
	 * primary key; the window's current own values copied into it in one statement (January of the year
	 * before the period to the period, as the job's roll-up); each level of the agency tree, deepest first,
	 * rolled up into its parents with one INSERT ... SELECT ... GROUP BY (sum and last indicators, months a
	 * parent does not have itself); then one GROUP BY of the year to date per agency, indicator and year.
	 * Not in it: ratio indicators, targets, statuses, like-for-like months, the quality checks.
	 */
	static void aggregationFloor(String db, String period, Path result) throws Exception {
		int year = Integer.parseInt(period.substring(0, 4));
		int month = Integer.parseInt(period.substring(5, 7));
		String from = String.format(Locale.ROOT, "%04d-01", year - (month == 1 ? 2 : 1));
		long rows;
		long groups = 0;
		double seconds;
		try (Connection c = open(db); Statement s = c.createStatement()) {
			long runId;
			int deepest;
			try (ResultSet rs = s.executeQuery("SELECT MAX(run_id) FROM submission_row")) {
				rs.next();
				runId = rs.getLong(1);
			}
			try (ResultSet rs = s.executeQuery("SELECT MAX(depth) FROM agency WHERE run_id = " + runId)) {
				rs.next();
				deepest = rs.getInt(1);
			}
			s.execute("DROP TABLE IF EXISTS bench_value");
			s.execute("CREATE TABLE bench_value (run_id BIGINT NOT NULL, agency VARCHAR(32) NOT NULL, "
					+ "indicator VARCHAR(32) NOT NULL, period VARCHAR(7) NOT NULL, period_year INT, period_month INT, "
					+ "value_num NUMERIC(60, 30) NOT NULL, rolled_up BOOLEAN NOT NULL, PRIMARY KEY (run_id, agency, indicator, period))");
			long t0 = System.nanoTime();
			rows = s.executeUpdate("INSERT INTO bench_value SELECT run_id, agency, indicator, period, "
					+ "CAST(SUBSTRING(period, 1, 4) AS INT), CAST(SUBSTRING(period, 6, 2) AS INT), value_num, FALSE "
					+ "FROM submission_row WHERE run_id = " + runId + " AND is_current AND period >= '" + from
					+ "' AND period <= '" + period + "'");
			for (int depth = deepest; depth >= 1; depth--) {
				rows += s.executeUpdate("INSERT INTO bench_value SELECT v.run_id, a.parent, v.indicator, v.period, "
						+ "v.period_year, v.period_month, SUM(v.value_num), TRUE FROM bench_value v "
						+ "JOIN agency a ON a.run_id = v.run_id AND a.code = v.agency "
						+ "JOIN indicator i ON i.run_id = v.run_id AND i.code = v.indicator AND i.aggregation IN ('SUM', 'LAST') "
						+ "WHERE v.run_id = " + runId + " AND a.depth = " + depth + " AND a.parent IS NOT NULL "
						+ "AND NOT EXISTS (SELECT 1 FROM bench_value o WHERE o.run_id = v.run_id AND o.agency = a.parent "
						+ "AND o.indicator = v.indicator AND o.period = v.period) "
						+ "GROUP BY v.run_id, a.parent, v.indicator, v.period, v.period_year, v.period_month");
			}
			try (ResultSet rs = s.executeQuery("SELECT agency, indicator, period_year, SUM(value_num), COUNT(*) "
					+ "FROM bench_value WHERE run_id = " + runId + " AND period_month <= " + month
					+ " GROUP BY agency, indicator, period_year")) {
				while (rs.next()) {
					groups++;
					rs.getBigDecimal(4);
				}
			}
			seconds = (System.nanoTime() - t0) / 1e9;
			s.execute("DROP TABLE bench_value");
		}
		Properties p = new Properties();
		p.setProperty("aggfloor_s", Double.toString(seconds));
		p.setProperty("aggfloor_rows", Long.toString(rows));
		p.setProperty("aggfloor_groups", Long.toString(groups));
		save(p, result);
		System.out.printf(Locale.ROOT, "like-for-like aggregation: %,d values (own and rolled up) stored, %,d year-to-date groups, in %.2f s%n",
				rows, groups, seconds);
	}

	/** The job's database: a JDBC URL (as the job's user), else the H2 file. */
	static Connection open(String db) throws SQLException {
		if (db.startsWith("jdbc:")) {
			String user = System.getenv("SCORECARD_DB_USER");
			String password = System.getenv("SCORECARD_DB_PASSWORD");
			return DriverManager.getConnection(db, user == null ? "" : user, password == null ? "" : password);
		}
		String base = Path.of(db).toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
		String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
		try {
			return DriverManager.getConnection(url, "sa", "");
		}
		catch (SQLException ex) {
			return DriverManager.getConnection(url, "", "");
		}
	}

	// ---------------------------------------------------------------- one run

	static final Pattern STAGE_LINE = Pattern
		.compile("^stage (\\S+): ([0-9]+(?:\\.[0-9]+)?) s, peak heap ([0-9]+(?:\\.[0-9]+)?) MB");

	static final Pattern STEP_LINE = Pattern
		.compile("^(\\S+)\\s+(COMPLETED|FAILED|STARTED|STARTING|STOPPED|STOPPING|ABANDONED|UNKNOWN)\\s+(\\S+)(?:\\s+(\\S+))?(?:\\s+(\\S+))?\\s*$");

	static final Pattern PROGRESS_LINE = Pattern.compile("^ingest: ([0-9,]+) rows read");

	static final Pattern ROWS_LINE = Pattern.compile("^Rows: ([0-9,]+) read = ([0-9,]+) accepted \\+ ([0-9,]+) rejected");

	static final Pattern GC_LINE = Pattern.compile(
			"^\\[([^\\]]+)\\]\\[([0-9.]+)s\\] GC\\(\\d+\\) Pause .*? ([0-9]+)([KMG])->([0-9]+)([KMG])\\(([0-9]+)([KMG])\\)");

	/** A GC pause: heap before and after; {@code collected} for young, mixed and full pauses (not remark or cleanup). */
	record Gc(LocalDateTime time, double beforeMb, double afterMb, boolean collected) {
	}

	record Window(LocalDateTime start, LocalDateTime end) {
	}

	/**
	 * Seconds and peak heap per stage of one run: seconds from the run's own "stage NAME: S s, peak heap
	 * M MB" lines when it prints them, else from the job's step executions (the step table); peak heap
	 * from those lines, else the largest heap before a GC pause within the stage's steps (GC log); peak
	 * live heap, the largest heap after a GC pause within them.
	 */
	static void stages(String db, Path gcLog, Path stdout, int exit, double wall, Path result) throws Exception {
		Properties p = new Properties();
		p.setProperty("exit", Integer.toString(exit));
		p.setProperty("wall_s", Double.toString(wall));
		List<String> lines = Files.exists(stdout) ? Files.readAllLines(stdout, StandardCharsets.UTF_8) : List.of();
		Map<String, double[]> stageLines = new LinkedHashMap<>();
		Map<String, Double> tableSeconds = new LinkedHashMap<>();
		Map<String, String> tableStatus = new LinkedHashMap<>();
		boolean completed = false;
		String failure = null;
		for (String line : lines) {
			Matcher m = STAGE_LINE.matcher(line);
			if (m.find()) {
				stageLines.put(m.group(1), new double[] { Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)) });
				continue;
			}
			m = PROGRESS_LINE.matcher(line);
			if (m.find()) {
				p.setProperty("progress_rows", m.group(1).replace(",", ""));
				continue;
			}
			m = ROWS_LINE.matcher(line);
			if (m.find()) {
				p.setProperty("rows_read", m.group(1).replace(",", ""));
				p.setProperty("rows_accepted", m.group(2).replace(",", ""));
				p.setProperty("rows_rejected", m.group(3).replace(",", ""));
				continue;
			}
			m = STEP_LINE.matcher(line);
			if (m.find() && !line.startsWith("step ")) {
				tableStatus.put(m.group(1), m.group(2));
				if (!m.group(3).equals("-")) {
					tableSeconds.merge(m.group(1), Double.parseDouble(m.group(3)), Double::sum);
				}
				continue;
			}
			if (line.matches("^Run \\d+ of .* completed\\.$")) {
				completed = true;
			}
			if (line.matches("^Run \\d+ of .* failed: .*") || line.startsWith("The command failed")) {
				failure = line;
			}
		}
		p.setProperty("completed", Boolean.toString(completed && exit == 0));
		if (failure != null) {
			p.setProperty("failure", failure);
		}

		Map<String, List<Window>> windows = new LinkedHashMap<>();
		Map<String, String> dbStatus = new LinkedHashMap<>();
		try {
			windows = stepWindows(db, dbStatus);
		}
		catch (Exception ex) {
			p.setProperty("db_note", "step times not read from the database: " + ex.getMessage());
		}
		if (exit == 124) {
			p.setProperty("failure", "stopped by the benchmark's time limit (--timeout) after " + String.format(Locale.ROOT, "%.0f", wall) + " s");
		}
		for (Path err : List.of(stdout, Path.of(stdout.toString().replaceFirst("\\.stdout$", ".stderr")))) {
			if (Files.exists(err) && Files.readString(err, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError")) {
				p.setProperty("failure", p.getProperty("failure", "") + " OutOfMemoryError in " + err.getFileName());
			}
		}
		// the step that did not complete: from the step table, else (a killed run prints none) the database
		Map<String, String> statuses = tableStatus.isEmpty() ? dbStatus : tableStatus;
		String failedStep = statuses.entrySet().stream().filter(e -> !e.getValue().equals("COMPLETED"))
			.map(Map.Entry::getKey).findFirst().orElse(null);
		if (failedStep != null) {
			p.setProperty("failed_step", failedStep + " (" + statuses.get(failedStep) + ")");
		}
		List<Gc> gcs = gcLog(gcLog);
		double peakBefore = gcs.stream().mapToDouble(Gc::beforeMb).max().orElse(Double.NaN);
		double peakAfter = gcs.stream().filter(Gc::collected).mapToDouble(Gc::afterMb).max().orElse(Double.NaN);
		p.setProperty("gc_peak_mb", Double.toString(peakBefore));
		p.setProperty("gc_live_mb", Double.toString(peakAfter));
		p.setProperty("gc_pauses", Integer.toString(gcs.size()));

		double stagePeakMax = Double.NaN;
		for (var stage : STAGES.entrySet()) {
			String key = key(stage.getKey());
			double seconds = 0;
			boolean haveSeconds = false;
			double peak = Double.NaN;
			String source;
			boolean fromLines = stage.getValue().stream().allMatch(stageLines::containsKey);
			if (fromLines) {
				source = "stage lines";
				for (String step : stage.getValue()) {
					seconds += stageLines.get(step)[0];
					peak = max(peak, stageLines.get(step)[1]);
				}
				haveSeconds = true;
			}
			else if (stage.getValue().stream().allMatch(windows::containsKey)) {
				source = "step executions";
				for (String step : stage.getValue()) {
					for (Window w : windows.get(step)) {
						seconds += java.time.Duration.between(w.start(), w.end()).toNanos() / 1e9;
					}
				}
				haveSeconds = true;
			}
			else if (stage.getValue().stream().allMatch(tableSeconds::containsKey)) {
				source = "step table";
				for (String step : stage.getValue()) {
					seconds += tableSeconds.get(step);
				}
				haveSeconds = true;
			}
			else {
				source = "none";
			}
			double gcPeak = Double.NaN;
			double gcLive = Double.NaN;
			for (String step : stage.getValue()) {
				for (Window w : windows.getOrDefault(step, List.of())) {
					for (Gc gc : gcs) {
						if (!gc.time().isBefore(w.start()) && !gc.time().isAfter(w.end())) {
							gcPeak = max(gcPeak, gc.beforeMb());
							if (gc.collected()) {
								gcLive = max(gcLive, gc.afterMb());
							}
						}
					}
				}
			}
			if (Double.isNaN(peak)) {
				peak = gcPeak;
			}
			if (haveSeconds) {
				p.setProperty(key + "_s", Double.toString(seconds));
			}
			if (!Double.isNaN(peak)) {
				p.setProperty(key + "_peak_mb", Double.toString(peak));
				stagePeakMax = max(stagePeakMax, peak);
			}
			if (!Double.isNaN(gcLive)) {
				p.setProperty(key + "_live_mb", Double.toString(gcLive));
			}
			p.setProperty(key + "_source", source);
		}
		// the run's peak: the stage lines' largest when printed, else the GC log's over the whole run
		double runPeak = stageLines.isEmpty() ? peakBefore
				: stageLines.values().stream().mapToDouble(v -> v[1]).max().orElse(peakBefore);
		p.setProperty("peak_mb", Double.toString(runPeak));
		p.setProperty("peak_source", stageLines.isEmpty() ? "GC log (heap before a pause)" : "stage lines");
		p.setProperty("stage_lines", Integer.toString(stageLines.size()));
		if (failedStep != null) {
			// how far the failed run got, and its memory at that point
			List<Window> w = windows.getOrDefault(failedStep, List.of());
			if (!w.isEmpty()) {
				Window last = w.get(w.size() - 1);
				// a killed run never wrote the step's end: its last GC pause is the last sign of life
				LocalDateTime end = dbStatus.getOrDefault(failedStep, "").equals("STARTED") && !gcs.isEmpty()
						? gcs.get(gcs.size() - 1).time() : last.end();
				p.setProperty("failed_step_s", Double.toString(java.time.Duration.between(last.start(), end).toNanos() / 1e9));
				double peak = Double.NaN;
				double live = Double.NaN;
				for (Gc gc : gcs) {
					if (!gc.time().isBefore(last.start())) {
						peak = max(peak, gc.beforeMb());
						live = gc.collected() ? max(live, gc.afterMb()) : live;
					}
				}
				p.setProperty("failed_step_peak_mb", Double.toString(peak));
				p.setProperty("failed_step_live_mb", Double.toString(live));
			}
		}
		save(p, result);
	}

	static String key(String stage) {
		return stage.replaceAll("[^A-Za-z]+", "_").toLowerCase(Locale.ROOT);
	}

	static double max(double a, double b) {
		return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
	}

	/** Start and end of every execution of every step of the latest job execution. */
	static Map<String, List<Window>> stepWindows(String db, Map<String, String> statuses) throws SQLException {
		Map<String, List<Window>> out = new LinkedHashMap<>();
		try (Connection c = open(db); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT step_name, start_time, end_time, status FROM batch_step_execution "
						+ "WHERE job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution) "
						+ "ORDER BY step_execution_id")) {
			while (rs.next()) {
				LocalDateTime start = rs.getObject(2, LocalDateTime.class);
				LocalDateTime end = rs.getObject(3, LocalDateTime.class);
				statuses.put(rs.getString(1), rs.getString(4));
				if (start != null) {
					out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new Window(start, end != null ? end : LocalDateTime.now()));
				}
			}
		}
		return out;
	}

	static List<Gc> gcLog(Path file) throws IOException {
		List<Gc> out = new ArrayList<>();
		if (!Files.exists(file)) {
			return out;
		}
		DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
		ZoneId zone = ZoneId.systemDefault();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			Matcher m = GC_LINE.matcher(line);
			if (m.find()) {
				LocalDateTime time = OffsetDateTime.parse(m.group(1), format).atZoneSameInstant(zone).toLocalDateTime();
				boolean collected = !line.contains("Pause Remark") && !line.contains("Pause Cleanup");
				out.add(new Gc(time, mb(m.group(3), m.group(4)), mb(m.group(5), m.group(6)), collected));
			}
		}
		return out;
	}

	static double mb(String n, String unit) {
		double v = Double.parseDouble(n);
		return switch (unit) {
			case "K" -> v / 1024;
			case "G" -> v * 1024;
			default -> v;
		};
	}

	// ---------------------------------------------------------------- report

	/**
	 * RESULTS-DIR holds one folder per data set (set.properties from run.sh and the generator's output,
	 * run-K.properties, csvonly-K.properties, concat.properties, bulk-K.properties, groupby-K.properties,
	 * threads-T-K.properties, and for the runs on PostgreSQL pg-run-K.properties, pg-groupby-K.properties)
	 * and bench.properties (mode, repeat, machine, postgres: the server's version, or postgres_skipped:
	 * why it was not measured).
	 */
	static void report(Path dir) throws IOException {
		Properties bench = load(dir.resolve("bench.properties"));
		List<Path> sets;
		try (Stream<Path> list = Files.list(dir)) {
			sets = list.filter(Files::isDirectory).sorted().toList();
		}
		System.out.println();
		System.out.println("=".repeat(100));
		System.out.printf(Locale.ROOT, "Scorecard benchmark (%s), repeat %s: medians of %s; %s%n", bench.getProperty("mode"),
				bench.getProperty("repeat"), bench.getProperty("repeat"), bench.getProperty("machine"));
		System.out.println("=".repeat(100));
		Map<String, Double> peaks = new TreeMap<>();
		Map<String, Double> lives = new TreeMap<>();
		List<String> setNames = new ArrayList<>();
		String threadsLine = null;
		String pgSkipped = bench.getProperty("postgres_skipped");
		List<String> pgLines = new ArrayList<>();
		if (pgSkipped != null) {
			System.out.println("PostgreSQL: not measured (" + pgSkipped + ")");
		}
		for (Path setDir : sets) {
			Properties set = load(setDir.resolve("set.properties"));
			String name = set.getProperty("name");
			setNames.add(name);
			List<Properties> runs = loadAll(setDir, "run-");
			List<Properties> csvOnly = loadAll(setDir, "csvonly-");
			List<Properties> bulk = loadAll(setDir, "bulk-");
			List<Properties> groupBy = loadAll(setDir, "groupby-");
			List<Properties> pgRuns = loadAll(setDir, "pg-run-");
			List<Properties> pgGroupBy = loadAll(setDir, "pg-groupby-");
			List<Properties> rowLoad = loadAll(setDir, "rowload-");
			List<Properties> aggFloor = loadAll(setDir, "aggfloor-");
			List<Properties> pgAggFloor = loadAll(setDir, "pg-aggfloor-");
			List<Properties> wbFloor = loadAll(setDir, "wbfloor-");
			Properties concat = load(setDir.resolve("concat.properties"));
			long rows = lng(set, "rows");
			long csvRows = lng(concat, "csv_rows");
			System.out.println();
			System.out.printf(Locale.ROOT, "Set %s: %s agencies x %s indicators x %s months, end %s: %s files (%s CSV, %s XLSX), "
					+ "%,d rows (%,d in CSV, %,d in XLSX), %s planned faulty; generated in %s s%n", name,
					set.getProperty("agencies"), set.getProperty("indicators"), set.getProperty("months"),
					set.getProperty("end"), set.getProperty("files"), set.getProperty("csv_files"),
					set.getProperty("xlsx_files"), rows, csvRows, rows - csvRows, set.getProperty("faulty"),
					set.getProperty("gen_seconds"));
			if (runs.isEmpty()) {
				System.out.println("  no run recorded");
				continue;
			}
			if (!pgRuns.isEmpty()) {
				System.out.println("  H2 (file database under the run's --out):");
			}
			List<Properties> use = printRuns(runs, set, rows);
			double total = printStages(use, set, rows);
			List<Properties> pgUse = List.of();
			if (!pgRuns.isEmpty()) {
				System.out.printf(Locale.ROOT, "  PostgreSQL (%s; a fresh schema per run, dropped after it):%n",
						bench.getProperty("postgres", "?"));
				pgUse = printRuns(pgRuns, set, rows);
				double pgTotal = printStages(pgUse, set, rows);
				List<String> perStage = new ArrayList<>();
				for (String stage : STAGES.keySet()) {
					String k = key(stage) + "_s";
					perStage.add(stage + " " + times(median(pgUse, k) / median(use, k)));
				}
				String line = String.format(Locale.ROOT, "PostgreSQL / H2: total %s (%s / %s s; wall %s), per stage %s",
						times(pgTotal / total), fmt(pgTotal, 1), fmt(total, 1),
						times(median(pgUse, "wall_s") / median(use, "wall_s")), String.join(", ", perStage));
				System.out.println("  " + line);
				long ok = pgRuns.stream().filter(r -> Boolean.parseBoolean(r.getProperty("completed"))).count();
				pgLines.add(String.format(Locale.ROOT, "%s %s (%d of %d runs completed)", name, times(pgTotal / total), ok,
						pgRuns.size()));
			}
			else if (pgSkipped == null) {
				System.out.println("  PostgreSQL: no run recorded (see the script's output above)");
			}
			peaks.put(name, median(use, "peak_mb"));
			lives.put(name, median(use, "gc_live_mb"));

			double ingest = median(use, "ingest_s");
			double ours = rows / ingest;
			double bulkS = median(bulk, "bulk_s");
			double bulkRows = median(bulk, "bulk_rows");
			double floor = bulkRows / bulkS;
			double csvOnlyIngest = median(csvOnly, "ingest_s");
			double csvOnlyRows = median(csvOnly, "progress_rows");
			double oursCsv = csvOnlyRows / csvOnlyIngest;
			double aggregate = median(use, "aggregate_s");
			double gb = median(groupBy, "groupby_s");
			System.out.println("  floors:");
			System.out.printf(Locale.ROOT, "    H2 bulk load (CREATE TABLE t AS SELECT * FROM CSVREAD, fresh file db): %,.0f CSV rows in %s s = %s rows/s%n",
					bulkRows, fmt(bulkS, 2), fmt(floor, 0));
			System.out.printf(Locale.ROOT, "    plain GROUP BY (agency, indicator, year) over submission_row WHERE is_current, job's db: %s s warm (%s s first), %s groups%n",
					fmt(gb, 3), fmt(median(groupBy, "groupby_cold_s"), 3), fmt(median(groupBy, "groupby_groups"), 0));
			if (!pgGroupBy.isEmpty()) {
				System.out.printf(Locale.ROOT, "    the same GROUP BY on PostgreSQL, the job's schema: %s s warm (%s s first), %s groups%n",
						fmt(median(pgGroupBy, "groupby_s"), 3), fmt(median(pgGroupBy, "groupby_cold_s"), 3),
						fmt(median(pgGroupBy, "groupby_groups"), 0));
			}
			if (!csvOnly.isEmpty()) {
				System.out.printf(Locale.ROOT, "    our ingest of the CSV files alone (the job on the same CSV files, XLSX left out, stopped after ingest): %,.0f rows in %s s = %s rows/s%n",
						csvOnlyRows, fmt(csvOnlyIngest, 1), fmt(oursCsv, 0));
			}
			double loadFloor = rowLoad.isEmpty() ? Double.NaN : median(rowLoad, "rowload_rows") / median(rowLoad, "rowload_s");
			if (!rowLoad.isEmpty()) {
				System.out.printf(Locale.ROOT, "    like-for-like load (every CSV row JDBC-batched, 1,000 a commit, into submission_row's columns, primary key and key index, fresh H2 file db): %,.0f rows in %s s = %s rows/s (%s x slower than the bulk load)%n",
						median(rowLoad, "rowload_rows"), fmt(median(rowLoad, "rowload_s"), 2), fmt(loadFloor, 0),
						fmt(floor / loadFloor, 2));
			}
			if (!aggFloor.isEmpty()) {
				System.out.printf(Locale.ROOT, "    like-for-like aggregation (the window's own values copied into agency_value's table and keys, each tree level rolled up, the year-to-date GROUP BY; job's db): %s s, %s values stored%n",
						fmt(median(aggFloor, "aggfloor_s"), 2), fmt(median(aggFloor, "aggfloor_rows"), 0));
			}
			if (!pgAggFloor.isEmpty()) {
				System.out.printf(Locale.ROOT, "    the same like-for-like aggregation on PostgreSQL, the job's schema: %s s%n",
						fmt(median(pgAggFloor, "aggfloor_s"), 2));
			}
			if (!wbFloor.isEmpty()) {
				System.out.printf(Locale.ROOT, "    plain SXSSF write of the run's workbook (the same %s sheets, %s rows, %s cells of which %s formulas, one shared style; WorkbookFloor.java): %s s%n",
						fmt(median(wbFloor, "wbfloor_sheets"), 0), fmt(median(wbFloor, "wbfloor_rows"), 0),
						fmt(median(wbFloor, "wbfloor_cells"), 0), fmt(median(wbFloor, "wbfloor_formulas"), 0),
						fmt(median(wbFloor, "wbfloor_s"), 1));
			}
			System.out.println("  ratios:");
			System.out.printf(Locale.ROOT, "    ingestion rows/s / bulk-load rows/s: %s / %s = %s  (goal >= 0.5: %s; ours reads CSV and XLSX, checks every row)%n",
					fmt(ours, 0), fmt(floor, 0), fmt(ours / floor, 3), verdict(ours / floor >= 0.5));
			if (!csvOnly.isEmpty()) {
				System.out.printf(Locale.ROOT, "    ingestion of CSV rows only / bulk-load:   %s / %s = %s  (goal >= 0.5: %s)%n",
						fmt(oursCsv, 0), fmt(floor, 0), fmt(oursCsv / floor, 3), verdict(oursCsv / floor >= 0.5));
			}
			System.out.printf(Locale.ROOT, "    aggregate s / GROUP BY s: %s / %s = %s  (goal <= 2: %s)%n", fmt(aggregate, 2), fmt(gb, 3),
					fmt(aggregate / gb, 1), verdict(aggregate / gb <= 2));
			if (!rowLoad.isEmpty()) {
				System.out.printf(Locale.ROOT, "    ingestion rows/s / like-for-like load rows/s: %s / %s = %s  (goal >= 0.5: %s)%n",
						fmt(ours, 0), fmt(loadFloor, 0), fmt(ours / loadFloor, 3), verdict(ours / loadFloor >= 0.5));
				if (!csvOnly.isEmpty()) {
					System.out.printf(Locale.ROOT, "    ingestion of CSV rows only / like-for-like load:   %s / %s = %s  (goal >= 0.5: %s)%n",
							fmt(oursCsv, 0), fmt(loadFloor, 0), fmt(oursCsv / loadFloor, 3), verdict(oursCsv / loadFloor >= 0.5));
				}
			}
			if (!wbFloor.isEmpty()) {
				double wb = median(use, "workbook_json_s");
				double wf = median(wbFloor, "wbfloor_s");
				System.out.printf(Locale.ROOT, "    workbook+json s / plain SXSSF write s: %s / %s = %s  (goal <= 1.5: %s; ours also reads every row from the database and writes summary.json and rejects.csv)%n",
						fmt(wb, 1), fmt(wf, 1), fmt(wb / wf, 2), verdict(wb / wf <= 1.5));
			}
			if (!aggFloor.isEmpty()) {
				double af = median(aggFloor, "aggfloor_s");
				System.out.printf(Locale.ROOT, "    aggregate s / like-for-like aggregation s: %s / %s = %s  (goal <= 2: %s)%n",
						fmt(aggregate, 2), fmt(af, 2), fmt(aggregate / af, 2), verdict(aggregate / af <= 2));
			}
			if (!pgUse.isEmpty() && !pgAggFloor.isEmpty()) {
				double af = median(pgAggFloor, "aggfloor_s");
				double pgAggregate = median(pgUse, "aggregate_s");
				System.out.printf(Locale.ROOT, "    on PostgreSQL, aggregate s / like-for-like aggregation s: %s / %s = %s  (goal <= 2: %s)%n",
						fmt(pgAggregate, 2), fmt(af, 2), fmt(pgAggregate / af, 2), verdict(pgAggregate / af <= 2));
			}
			if (!pgUse.isEmpty() && !pgGroupBy.isEmpty()) {
				double pgAggregate = median(pgUse, "aggregate_s");
				double pgGb = median(pgGroupBy, "groupby_s");
				System.out.printf(Locale.ROOT, "    on PostgreSQL, aggregate s / GROUP BY s: %s / %s = %s  (goal <= 2: %s)%n",
						fmt(pgAggregate, 2), fmt(pgGb, 3), fmt(pgAggregate / pgGb, 1), verdict(pgAggregate / pgGb <= 2));
			}

			List<String> threadLines = new ArrayList<>();
			for (String t : List.of("1", "2")) {
				List<Properties> tr = loadAll(setDir, "threads-" + t + "-");
				if (!tr.isEmpty()) {
					double s = median(tr, "agency_pdfs_s");
					threadLines.add(String.format(Locale.ROOT, "%s thread%s: %s s = %s scorecards/s", t, t.equals("1") ? "" : "s",
							fmt(s, 1), fmt(dbl(set, "scorecards") / s, 1)));
				}
			}
			if (!threadLines.isEmpty()) {
				double s = median(use, "agency_pdfs_s");
				threadLines.add(String.format(Locale.ROOT, "4 threads (default, main run): %s s = %s scorecards/s", fmt(s, 1),
						fmt(dbl(set, "scorecards") / s, 1)));
				threadsLine = String.format(Locale.ROOT, "agency scorecards on set %s (%,.0f scorecards, %s CPUs): %s", name,
						dbl(set, "scorecards"), bench.getProperty("cpus"), String.join("; ", threadLines));
			}
		}
		System.out.println();
		System.out.println("Overall:");
		if (setNames.size() >= 2) {
			String small = setNames.get(0);
			String large = setNames.get(setNames.size() - 1);
			double ratio = peaks.get(large) / peaks.get(small);
			double liveRatio = lives.get(large) / lives.get(small);
			System.out.printf(Locale.ROOT, "  peak heap %s / %s: %s / %s MB = %s  (goal <= 1.5: %s)%n", large, small,
					fmt(peaks.get(large), 0), fmt(peaks.get(small), 0), fmt(ratio, 2), verdict(ratio <= 1.5));
			System.out.printf(Locale.ROOT, "  peak live heap (after GC) %s / %s: %s / %s MB = %s  (goal <= 1.5: %s)%n", large,
					small, fmt(lives.get(large), 0), fmt(lives.get(small), 0), fmt(liveRatio, 2), verdict(liveRatio <= 1.5));
			Path largeDir = sets.get(sets.size() - 1);
			List<Properties> runs = loadAll(largeDir, "run-");
			long ok = runs.stream().filter(r -> Boolean.parseBoolean(r.getProperty("completed"))).count();
			System.out.printf(Locale.ROOT, "  %s run under -Xmx512m: %s%n", large, runs.isEmpty() ? "not run"
					: ok == runs.size() ? "completed (" + ok + " of " + runs.size() + ")"
							: "DID NOT COMPLETE (" + ok + " of " + runs.size() + " completed; see above)");
		}
		if (threadsLine != null) {
			System.out.println("  " + threadsLine);
		}
		if (pgSkipped != null) {
			System.out.println("  PostgreSQL: not measured (" + pgSkipped + ")");
		}
		if (!pgLines.isEmpty()) {
			System.out.println("  PostgreSQL / H2, all steps, under -Xmx512m: " + String.join("; ", pgLines));
		}
		boolean stageLines = false;
		for (Path setDir : sets) {
			stageLines |= loadAll(setDir, "run-").stream().anyMatch(r -> lng(r, "stage_lines") > 0);
		}
		System.out.println("  per-stage peak heap: " + (!stageLines
				? "the run printed no 'stage NAME: S s, peak heap M MB' lines, so seconds come from the job's step executions "
						+ "and peak heap is the largest heap before a GC pause in the stage (GC log); peak live is the largest after one"
				: "from the run's 'stage' lines; peak live from the GC log"));
	}

	/** One line per run (exit, wall, row counts; where a run stopped); the runs the figures are taken from. */
	static List<Properties> printRuns(List<Properties> runs, Properties set, long rows) {
		for (int i = 0; i < runs.size(); i++) {
			Properties r = runs.get(i);
			boolean ok = Boolean.parseBoolean(r.getProperty("completed"));
			String counts = r.getProperty("rows_read") == null ? "no row counts printed"
					: String.format(Locale.ROOT, "rows read %,d (generated %,d: %s), rejected %,d (planned %s: %s)",
							lng(r, "rows_read"), rows, lng(r, "rows_read") == rows ? "equal" : "DIFFERENT",
							lng(r, "rows_rejected"), set.getProperty("faulty"),
							Long.toString(lng(r, "rows_rejected")).equals(set.getProperty("faulty")) ? "equal" : "DIFFERENT");
			System.out.printf(Locale.ROOT, "  run %d: exit %s, %s in %.1f s wall (JVM start to exit); %s%n", i + 1,
					r.getProperty("exit"), ok ? "completed" : "DID NOT COMPLETE", dbl(r, "wall_s"), counts);
			if (!ok) {
				System.out.printf(Locale.ROOT, "         stopped in step %s after %s s in it; %s; in that step peak heap %s MB, peak live %s MB "
						+ "(whole run: %s MB, %s MB)%n",
						r.getProperty("failed_step", "?"), fmt(dbl(r, "failed_step_s"), 1),
						r.getProperty("failure", "no failure line (see its stdout/stderr)").strip(),
						fmt(dbl(r, "failed_step_peak_mb"), 0), fmt(dbl(r, "failed_step_live_mb"), 0),
						fmt(dbl(r, "gc_peak_mb"), 0), fmt(dbl(r, "gc_live_mb"), 0));
			}
		}
		List<Properties> done = runs.stream().filter(r -> Boolean.parseBoolean(r.getProperty("completed"))).toList();
		return done.isEmpty() ? runs : done;
	}

	/** The stage table (medians of the runs); the seconds of all its stages. */
	static double printStages(List<Properties> use, Properties set, long rows) {
		System.out.printf(Locale.ROOT, "  %-18s %12s %10s %14s %13s %13s  %s%n", "stage", "rows", "seconds", "rows/s",
				"peak heap MB", "peak live MB", "seconds from");
		double total = 0;
		for (String stage : STAGES.keySet()) {
			String k = key(stage);
			double s = median(use, k + "_s");
			double peak = median(use, k + "_peak_mb");
			double live = median(use, k + "_live_mb");
			total += Double.isNaN(s) ? 0 : s;
			String source = use.get(0).getProperty(k + "_source", "-");
			if (stage.equals("agency PDFs")) {
				double cards = dbl(set, "scorecards");
				System.out.printf(Locale.ROOT, "  %-18s %12s %10s %14s %13s %13s  %s%n", stage,
						String.format(Locale.ROOT, "%,.0f cards", cards), fmt(s, 1),
						Double.isNaN(s) || s == 0 ? "-" : String.format(Locale.ROOT, "%,.1f cards/s", cards / s),
						fmt(peak, 0), fmt(live, 0), source);
			}
			else {
				System.out.printf(Locale.ROOT, "  %-18s %,12d %10s %14s %13s %13s  %s%n", stage, rows, fmt(s, 1),
						Double.isNaN(s) || s == 0 ? "-" : String.format(Locale.ROOT, "%,.0f", rows / s), fmt(peak, 0),
						fmt(live, 0), source);
			}
		}
		System.out.printf(Locale.ROOT, "  %-18s %12s %10s %14s %13s %13s  (%s)%n", "run (all steps)", "", fmt(total, 1), "",
				fmt(median(use, "peak_mb"), 0), fmt(median(use, "gc_live_mb"), 0),
				use.get(0).getProperty("peak_source", "-"));
		return total;
	}

	/** A ratio as "1.23x". */
	static String times(double ratio) {
		return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
	}

	static String verdict(boolean ok) {
		return ok ? "met" : "NOT met";
	}

	static String fmt(double v, int decimals) {
		if (Double.isNaN(v) || Double.isInfinite(v)) {
			return "-";
		}
		return String.format(Locale.ROOT, "%,." + decimals + "f", v);
	}

	static List<Properties> loadAll(Path dir, String prefix) throws IOException {
		List<Properties> out = new ArrayList<>();
		try (Stream<Path> list = Files.list(dir)) {
			for (Path f : list.filter(f -> f.getFileName().toString().startsWith(prefix)
					&& f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
				out.add(load(f));
			}
		}
		return out;
	}

	static double median(List<Properties> list, String key) {
		return median(list.stream().map(p -> dbl(p, key)).filter(d -> !Double.isNaN(d)).toList());
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static double dbl(Properties p, String key) {
		String v = p.getProperty(key);
		if (v == null || v.isBlank()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(v.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	static long lng(Properties p, String key) {
		double d = dbl(p, key);
		return Double.isNaN(d) ? -1 : (long) d;
	}

	static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		if (Files.exists(file)) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				p.load(in);
			}
		}
		return p;
	}

	static void save(Properties p, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			p.store(out, null);
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
