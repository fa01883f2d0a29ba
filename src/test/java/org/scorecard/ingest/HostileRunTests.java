package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.Validation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.scorecard.SummarySchema;

/**
 * The whole hostile corpus (src/test/resources/hostile, plus a 10 MB line, an XLSX zip bomb and a
 * symbolic link pointing out of the inbox) in one inbox through the real job: the run completes,
 * every file is accounted for (read = accepted + rejected), the stored codes are the ones
 * {@code scorecard validate} gives file by file, the link is skipped and never followed, the
 * workbook still opens, and nothing outside the output folder is written.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1")
class HostileRunTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	@Test
	void shouldRunThroughTheWholeCorpusLosingNothingAndWritingOnlyItsOutput() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		List<Path> corpus;
		try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
			corpus = files.filter(f -> !f.toString().endsWith(".py")).sorted().toList();
		}
		for (Path file : corpus) {
			Files.copy(file, inbox.resolve(file.getFileName()));
		}
		Files.writeString(inbox.resolve("note-of-ten-megabytes.csv"), Fixtures.SUBMISSION_HEADER
				+ "LC,2026-10,IMPORTS,5,USD_M,2026-11-03," + "x".repeat(10 * 1024 * 1024) + "\n", StandardCharsets.UTF_8);
		Fixtures.zipBomb(inbox.resolve("xlsx-zip-bomb.xlsx"));
		Path outside = Fixtures.submission(dir.resolve("outside/secret.csv"), "HN,2026-10,COST,999,VND_BN,2026-11-03,");
		Files.createSymbolicLink(inbox.resolve("symlink-to-outside.csv"), outside);
		Files.createSymbolicLink(inbox.resolve("symlink-to-outside-folder"), outside.getParent());
		// a name a spreadsheet would run as a formula, with a rejected row so that it is in rejects.csv
		Fixtures.submission(inbox.resolve("=HYPERLINK(\"http:evil.example\",\"x\").csv"),
				"XX,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		// a path of 1,200 characters (longer than the database once held)
		Path deep = inbox;
		for (int i = 0; i < 5; i++) {
			deep = deep.resolve(String.valueOf((char) ('a' + i)).repeat(239));
		}
		Fixtures.submission(Files.createDirectories(deep).resolve("long-path.csv"), "LC,2026-09,EXPORTS,5,USD_M,2026-10-03,");
		Path out = Files.createDirectories(dir.resolve("out"));
		Map<String, String> before = snapshot(dir);

		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), reference, inbox, out,
				Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();

		// nothing outside the output folder was written, and the workbook's spill folder is gone
		assertThat(snapshot(dir)).isEqualTo(before);
		Path period = out.resolve("2026-10");
		assertThat(period.resolve(".workbook-tmp")).doesNotExist();

		SummarySchema.assertValid(period.resolve("summary.json"));
		JsonNode summary = new ObjectMapper().readTree(period.resolve("summary.json").toFile());
		long read = 0;
		for (JsonNode input : summary.get("inputs")) {
			assertThat(input.get("read").asLong()).as(input.get("file").asText())
				.isEqualTo(input.get("accepted").asLong() + input.get("rejected").asLong());
			read += input.get("read").asLong();
		}
		assertThat(summary.get("inputs")).hasSize(corpus.size() + 4);
		assertThat(read).isEqualTo(summary.get("totals").get("read").asLong());
		assertThat(summary.get("totals").get("read").asLong()).isEqualTo(
				summary.get("totals").get("accepted").asLong() + summary.get("totals").get("rejected").asLong());
		assertThat(summary.get("skipped")).extracting(f -> f.get("file").asText(), f -> f.get("reason").asText())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("symlink-to-outside-folder", "a symbolic link, never followed"),
					org.assertj.core.groups.Tuple.tuple("symlink-to-outside.csv", "a symbolic link, never followed"));
		assertThat(summary.get("inputs")).anySatisfy(input -> {
			assertThat(input.get("file").asText()).hasSizeGreaterThan(1_000).endsWith("/long-path.csv");
			assertThat(input.get("accepted").asLong()).isEqualTo(1);
		});
		// no field of rejects.csv begins with what a spreadsheet runs as a formula
		List<List<String>> rejected = rejects(period.resolve("rejects.csv"));
		assertThat(rejected).flatExtracting(r -> r).noneMatch(field -> !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0);
		assertThat(rejected).extracting(r -> r.get(0)).contains("'=HYPERLINK(\"http:evil.example\",\"x\").csv");
		// the linked file's row (COST for HN) was never read: no COST figure anywhere
		assertThat(summary.get("results")).noneMatch(r -> r.get("indicator").asText().equals("COST"));

		// the codes stored are the ones validate gives for the same files, file by file
		Set<String> stored = rejects(period.resolve("rejects.csv")).stream()
			.map(r -> (r.get(0).startsWith("'") ? r.get(0).substring(1) : r.get(0)) + ":" + r.get(1) + ":" + r.get(5))
			.collect(Collectors.toSet());
		List<Path> inputs = new ArrayList<>();
		try (Stream<Path> files = Files.walk(inbox)) {
			files.filter(f -> !Files.isSymbolicLink(f) && Files.isRegularFile(f)).sorted().forEach(inputs::add);
		}
		Set<String> validated = new Validation(ReferenceLoader.load(reference), Cutoff.CALENDAR).validate(inputs)
			.stream()
			.map(p -> inbox.relativize(Path.of(p.file())) + ":" + (p.line() == 0 ? "" : p.line()) + ":" + p.code())
			.collect(Collectors.toSet());
		assertThat(stored).isEqualTo(validated);
		assertThat(stored).hasSizeGreaterThanOrEqualTo(40);

		// the workbook opens (no control character broke its XML) and lists every rejection
		try (InputStream in = Files.newInputStream(period.resolve("scorecard-2026-10.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet rejections = workbook.getSheet("Rejections");
			assertThat(rejections.getLastRowNum()).isEqualTo(stored.size());
		}
	}

	private static List<List<String>> rejects(Path file) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
			return reader.stream().skip(1).map(CsvRecord::getFields).toList();
		}
	}

	/** Every file under {@code root} but the output folder, with its size and modification time. */
	private static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(p -> !p.startsWith(root.resolve("out"))).forEach(p -> {
				try {
					files.put(root.relativize(p).toString(), Files.isSymbolicLink(p) ? "link"
							: Files.size(p) + " " + Files.getLastModifiedTime(p));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		return files;
	}

}
