package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.Inbox;
import org.scorecard.submission.SheetOutcome;
import org.scorecard.submission.Validation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.SummarySchema;

/**
 * The intake corpus (src/test/resources/intake, files made with LibreOffice, openpyxl and XlsxWriter)
 * as one inbox through the real job: every row, sheet and file ends as {@code scorecard validate}
 * says of the same files (code, or the value stored; sheets read or skipped with the same reason;
 * files unreadable or skipped), nothing is lost (read = accepted + rejected), and the sheets of a
 * workbook are in summary.json and on the workbook's Reconciliation sheet.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1")
class IntakeRunTests {

	static final Path CORPUS = Path.of("src/test/resources/intake");

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldStoreEveryFileOfTheCorpusAsValidateReadsIt() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		List<Path> files = new ArrayList<>();
		try (Stream<Path> corpus = Files.list(CORPUS.resolve("inbox"))) {
			for (Path file : corpus.sorted((a, b) -> Inbox.CODE_POINT_ORDER.compare(a.getFileName().toString(),
					b.getFileName().toString())).toList()) {
				files.add(Files.copy(file, inbox.resolve(file.getFileName())));
			}
		}
		Path reference = CORPUS.resolve("reference");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), reference, inbox,
				Files.createDirectories(dir.resolve("out")), Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		long runId = outcome.run().id();

		Validation.Outcome validated = new Validation(ReferenceLoader.load(reference), Cutoff.CALENDAR).check(files);
		assertThat(stored(runId)).isEqualTo(expected(validated));
		assertThat(storedSheets(runId)).isEqualTo(expectedSheets(validated));
		assertThat(stored(runId)).hasSizeGreaterThan(150);

		SummarySchema.assertValid(dir.resolve("out/2026-10/summary.json"));
		JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/2026-10/summary.json").toFile());
		for (JsonNode input : summary.get("inputs")) {
			assertThat(input.get("read").asLong()).as(input.get("file").asText())
				.isEqualTo(input.get("accepted").asLong() + input.get("rejected").asLong());
		}
		JsonNode ministry = find(summary.get("inputs"), "op-hidden-list-sheet-first.xlsx");
		assertThat(ministry.get("sheets")).extracting(s -> s.get("sheet").asText() + " " + s.get("status").asText())
			.containsExactly("DanhMuc skipped", "Báo cáo read");
		assertThat(find(summary.get("skipped"), "~$HN-2026-10.xlsx").get("reason").asText()).contains("lock file");

		try (InputStream in = Files.newInputStream(dir.resolve("out/2026-10/scorecard-2026-10.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			String sheets = null;
			for (Row row : workbook.getSheet("Reconciliation")) {
				if ("op-hidden-list-sheet-first.xlsx".equals(new DataFormatter().formatCellValue(row.getCell(1)))) {
					sheets = row.getCell(9).getStringCellValue();
				}
			}
			assertThat(sheets).isEqualTo("'DanhMuc' skipped: hidden; 'Báo cáo' read, 3 rows");
		}
	}

	/** Every row the run stored: file, sheet, line, then its code or its value. */
	private Set<String> stored(long runId) {
		Set<String> rows = new TreeSet<>();
		jdbc.query("SELECT f.path, r.sheet, r.line, r.code, r.value_num FROM submission_row r JOIN input_file f "
				+ "ON f.run_id = r.run_id AND f.file_id = r.file_id WHERE r.run_id = ?", rs -> {
					rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getLong(3) + "|"
							+ (rs.getString(4) == null ? "ACCEPTED " + rs.getBigDecimal(5).stripTrailingZeros().toPlainString()
									: rs.getString(4)));
				}, runId);
		jdbc.query("SELECT path, status, message FROM input_file WHERE run_id = ? AND status IN ('unreadable', 'skipped')",
				rs -> {
					rows.add(rs.getString(1) + "|" + rs.getString(2).toUpperCase() + "|" + rs.getString(3));
				}, runId);
		return rows;
	}

	private static Set<String> expected(Validation.Outcome validated) {
		Set<String> rows = new TreeSet<>();
		for (Validation.Problem problem : validated.problems()) {
			String file = Path.of(problem.file()).getFileName().toString();
			rows.add(problem.line() == 0
					? file + "|UNREADABLE|" + problem.message().substring("the file cannot be read: ".length())
					: file + "|" + problem.sheet() + "|" + problem.line() + "|" + problem.code());
		}
		for (Validation.Accepted row : validated.accepted()) {
			rows.add(Path.of(row.file()).getFileName() + "|" + row.sheet() + "|" + row.line() + "|ACCEPTED "
					+ row.value().stripTrailingZeros().toPlainString());
		}
		for (Validation.Note note : validated.notes()) {
			if (note.text().startsWith("skipped: ")) {
				rows.add(Path.of(note.file()).getFileName() + "|SKIPPED|" + note.text().substring("skipped: ".length()));
			}
		}
		return rows;
	}

	private Set<String> storedSheets(long runId) {
		Set<String> sheets = new TreeSet<>();
		jdbc.query("SELECT f.path, s.sheet_no, s.name, s.status, s.reason, s.rows_read FROM input_sheet s "
				+ "JOIN input_file f ON f.run_id = s.run_id AND f.file_id = s.file_id WHERE s.run_id = ?", rs -> {
					sheets.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
							+ rs.getString(5) + "|" + rs.getLong(6));
				}, runId);
		return sheets;
	}

	private static Set<String> expectedSheets(Validation.Outcome validated) {
		Set<String> sheets = new TreeSet<>();
		validated.sheets().forEach((file, outcomes) -> {
			for (SheetOutcome sheet : outcomes) {
				sheets.add(Path.of(file).getFileName() + "|" + sheet.position() + "|" + sheet.name() + "|"
						+ (sheet.read() ? "read" : "skipped") + "|" + sheet.reason() + "|" + sheet.rows());
			}
		});
		return sheets;
	}

	private static JsonNode find(JsonNode files, String name) {
		for (JsonNode file : files) {
			if (file.get("file").asText().equals(name)) {
				return file;
			}
		}
		throw new AssertionError(name + " is not listed");
	}

}
