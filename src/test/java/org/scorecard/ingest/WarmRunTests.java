package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * A warm run equals a cold one. On the demo data: September is run with the inbox as it stood then
 * (no October files); then October's files arrive, one old file is renamed (the same bytes), one is
 * corrected (new bytes) and one is withdrawn, and October is run twice on the same database: warm
 * (the files September's run read are copied, not read) and with {@code --cold} (every file read
 * again). Both editions' summary.json, rejects.csv and every cell of their workbooks must be the same.
 * The warm run copies in many slices of files (a transaction each), so none is copied twice or missed.
 */
// files copied in slices of 50 file numbers (the demo's October has 793 files: 16 slices, one transaction each)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:warm;DB_CLOSE_DELAY=-1",
		"scorecard.reuse.files-per-slice=50" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarmRunTests {

	private static final String RENAMED = "2026/2026-08/AG-2026-08.csv";

	private static final String RENAMED_TO = "2026/2026-08/AG-2026-08-resent.csv";

	private static final String CORRECTED = "2026/2026-07/BD-2026-07.csv";

	private static final String WITHDRAWN = "2026/2026-06/CB-2026-06.csv";

	private static final String TIE = "2026/2026-10/AG-2026-08-again.csv";

	/** The Changes sheet in Vietnamese (templates/workbook_vi.properties sheet.changes). */
	private static final String CHANGES = "Thay đổi";

	private static final String ABOUT = "Giới thiệu";

	private static final String SUMMARY = "Tóm tắt";

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path dir;

	RunOutcome september;

	RunOutcome warm;

	RunOutcome cold;

	@BeforeAll
	void runSeptemberThenOctoberWarmAndCold() throws Exception {
		Path inbox = dir.resolve("inbox");
		FileSystemUtils.copyRecursively(Path.of("seeds/submissions"), inbox);
		Path october = dir.resolve("october");
		Files.move(inbox.resolve("2026/2026-10"), october);
		september = run(YearMonth.of(2026, 9), inbox, "out-september", false);
		Files.move(october, inbox.resolve("2026/2026-10"));
		Files.move(inbox.resolve(RENAMED), inbox.resolve(RENAMED_TO));
		String original = Files.readString(inbox.resolve(CORRECTED));
		String corrected = original.replaceFirst("(?m)^(BD,2026-07,[A-Z_]+,)([0-9]+)", "$1" + "9$2");
		assertThat(corrected).isNotEqualTo(original);
		Files.writeString(inbox.resolve(CORRECTED), corrected);
		Files.delete(inbox.resolve(WITHDRAWN));
		// a figure of the renamed (copied) file sent again with the same time and another value: a CONFLICT
		// in October's runs, which changes the copied file's counts from September's
		Files.writeString(inbox.resolve(TIE), "agency,period,indicator,value,unit,submitted_at,note\n"
				+ "AG,2026-08,EXPORTS,131.00,USD_M,2026-09-05,\n");
		warm = run(YearMonth.of(2026, 10), inbox, "out-warm", false);
		cold = run(YearMonth.of(2026, 10), inbox, "out-cold", true);
	}

	private RunOutcome run(YearMonth period, Path inbox, String out, boolean cold) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(period, Path.of("seeds/reference"), inbox, dir.resolve(out),
				Cutoff.CALENDAR, 5, false, Language.VI, RunRequest.TEMPLATES, null, cold));
		assertThat(outcome.completed()).as(outcome.failure()).isTrue();
		return outcome;
	}

	@Test
	void theWarmRunCopiesExactlyTheFilesSeptembersRunRead() {
		Map<String, Long> reusedFrom = new TreeMap<>();
		List<String> read = new ArrayList<>();
		jdbc.query("SELECT path, reused_run FROM input_file WHERE run_id = ? AND kind <> 'SKIPPED'", rs -> {
			long from = rs.getLong(2);
			if (rs.wasNull()) {
				read.add(rs.getString(1));
			}
			else {
				reusedFrom.put(rs.getString(1), from);
			}
		}, warm.run().id());
		assertThat(reusedFrom).isNotEmpty().containsKey(RENAMED_TO).doesNotContainKey(CORRECTED);
		assertThat(reusedFrom.values()).containsOnly(september.run().id());
		// read: October's files, the corrected file, and the files September could not read
		List<String> unreadable = jdbc.queryForList("SELECT path FROM input_file WHERE run_id = ? AND status <> 'read' "
				+ "AND kind <> 'SKIPPED'", String.class, september.run().id());
		assertThat(read).contains(CORRECTED).allMatch(path -> path.startsWith("2026/2026-10/") || path.equals(CORRECTED)
				|| unreadable.contains(path));
		assertThat(read).anyMatch(path -> path.startsWith("2026/2026-10/"));
		Long coldReused = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND reused_run IS NOT NULL",
				Long.class, cold.run().id());
		assertThat(coldReused).as("a cold run reads every file").isZero();
		// the copy went in slices of 50 file numbers, each committed on its own
		Long commits = jdbc.queryForObject("SELECT MAX(s.COMMIT_COUNT) FROM BATCH_STEP_EXECUTION s "
				+ "WHERE s.STEP_NAME = 'reuse'", Long.class);
		Long files = jdbc.queryForObject("SELECT MAX(file_id) FROM input_file WHERE run_id = ?", Long.class,
				warm.run().id());
		assertThat(commits).isEqualTo((files + 49) / 50);
	}

	/**
	 * A copied file starts with the counts and sender of the run it was copied from; the account step
	 * writes what this run's revisions made of its rows (the renamed file's row tied with October's
	 * resend: accepted in September, rejected in October), the same as the cold run's.
	 */
	@Test
	void aCopiedFilesCountsAreThisRunsOwn() {
		String counts = "SELECT rows_read, rows_accepted, rows_rejected, sender FROM input_file WHERE run_id = ? AND path = ?";
		Map<String, Object> before = jdbc.queryForMap(counts, september.run().id(), RENAMED);
		Map<String, Object> copied = jdbc.queryForMap(counts, warm.run().id(), RENAMED_TO);
		assertThat(copied).isEqualTo(jdbc.queryForMap(counts, cold.run().id(), RENAMED_TO));
		assertThat(((Number) copied.get("ROWS_REJECTED")).longValue())
			.isEqualTo(((Number) before.get("ROWS_REJECTED")).longValue() + 1);
		assertThat(((Number) copied.get("ROWS_ACCEPTED")).longValue())
			.isEqualTo(((Number) before.get("ROWS_ACCEPTED")).longValue() - 1);
		assertThat(copied.get("SENDER")).isEqualTo("AG");
		assertThat(jdbc.queryForList("SELECT code FROM submission_row r JOIN input_file f ON f.run_id = r.run_id "
				+ "AND f.file_id = r.file_id WHERE r.run_id = ? AND f.path IN (?, ?) AND r.code IS NOT NULL", String.class,
				warm.run().id(), RENAMED_TO, TIE)).containsExactly("CONFLICT", "CONFLICT");
	}

	@Test
	void summaryJsonIsTheSame() {
		JsonNode warmSummary = comparable(warm);
		JsonNode coldSummary = comparable(cold);
		assertThat(warmSummary).isEqualTo(coldSummary);
		assertThat(warmSummary.get("results")).isNotEmpty();
		assertThat(warmSummary.toString()).contains(RENAMED_TO).doesNotContain(WITHDRAWN);
	}

	@Test
	void rejectsCsvIsTheSame() throws IOException {
		String warmRejects = Files.readString(history(warm).resolve("rejects.csv"));
		assertThat(warmRejects).isEqualTo(Files.readString(history(cold).resolve("rejects.csv")));
		assertThat(warmRejects.lines().count()).isGreaterThan(1);
	}

	@Test
	void everyCellOfTheWorkbookIsTheSame() throws Exception {
		Map<String, String> warmCells = cells(history(warm).resolve("scorecard-2026-10.xlsx"));
		Map<String, String> coldCells = cells(history(cold).resolve("scorecard-2026-10.xlsx"));
		// the cells that name the run: its id, edition, time and output folder, and the title with id and edition
		assertThat(warmCells.get(ABOUT + "!B3")).isEqualTo(Long.toString(warm.run().id()));
		assertThat(coldCells.get(ABOUT + "!B3")).isEqualTo(Long.toString(cold.run().id()));
		List<String> identity = List.of(ABOUT + "!B3", ABOUT + "!B4", ABOUT + "!B5", ABOUT + "!B9", SUMMARY + "!A1");
		// where the rows of other months are: the same text but for the run it names
		assertThat(warmCells.get(ABOUT + "!B15")).contains("run_id = " + warm.run().id());
		warmCells.put(ABOUT + "!B15", warmCells.get(ABOUT + "!B15").replace("run_id = " + warm.run().id(), "run_id = N"));
		coldCells.put(ABOUT + "!B15", coldCells.get(ABOUT + "!B15").replace("run_id = " + cold.run().id(), "run_id = N"));
		List<String> differences = new ArrayList<>();
		for (String key : union(warmCells.keySet(), coldCells.keySet())) {
			if (identity.contains(key)) {
				continue;
			}
			if (!java.util.Objects.equals(warmCells.get(key), coldCells.get(key))) {
				differences.add(key + ": warm " + warmCells.get(key) + ", cold " + coldCells.get(key));
			}
		}
		assertThat(differences).isEmpty();
		assertThat(warmCells).hasSizeGreaterThan(10_000);
	}

	private static java.util.Set<String> union(java.util.Set<String> one, java.util.Set<String> other) {
		java.util.Set<String> all = new java.util.TreeSet<>(one);
		all.addAll(other);
		return all;
	}

	/** The run's own folder: each run wrote to an output folder of its own. */
	private Path history(RunOutcome outcome) {
		String out = outcome == warm ? "out-warm" : "out-cold";
		return dir.resolve(out).resolve("2026-10");
	}

	/** summary.json without what names the run itself (its id, edition, time) or compares it with an earlier edition. */
	private JsonNode comparable(RunOutcome outcome) {
		ObjectNode root = (ObjectNode) Summary.read(history(outcome).resolve("summary.json")).root().deepCopy();
		for (String field : List.of("run_id", "edition", "generated_at", "changes")) {
			assertThat(root.has(field)).as(field).isTrue();
			root.remove(field);
		}
		return root;
	}

	/**
	 * Every cell of every sheet, as sheet!A1 → its formula or value, but for the Changes sheet (what
	 * changed since the previous edition: the cold run is the second edition, the warm run the first).
	 */
	private static Map<String, String> cells(Path file) throws Exception {
		Map<String, String> cells = new TreeMap<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			for (Sheet sheet : workbook) {
				if (sheet.getSheetName().equals(CHANGES)) {
					continue;
				}
				for (Row row : sheet) {
					for (Iterator<Cell> it = row.cellIterator(); it.hasNext();) {
						Cell cell = it.next();
						String value = switch (cell.getCellType()) {
							case FORMULA -> "=" + cell.getCellFormula();
							case NUMERIC -> Double.toString(cell.getNumericCellValue());
							case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
							case STRING -> cell.getStringCellValue();
							default -> "";
						};
						cells.put(sheet.getSheetName() + "!" + cell.getAddress(), value);
					}
				}
			}
		}
		return cells;
	}

}
