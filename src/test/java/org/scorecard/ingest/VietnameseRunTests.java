package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.submission.IntakeCorpusVietnameseTests;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run in Vietnamese over the intake corpus: rejects.csv keeps its columns and codes, and every
 * message in it, every reason of a skipped file or sheet stored for the run, is Vietnamese.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:vietnamese;DB_CLOSE_DELAY=-1")
class VietnameseRunTests {

	static final Path CORPUS = Path.of("src/test/resources/intake");

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldWriteRejectsInTheRunsLanguage() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		try (Stream<Path> corpus = Files.list(CORPUS.resolve("inbox"))) {
			for (Path file : corpus.toList()) {
				Files.copy(file, inbox.resolve(file.getFileName()));
			}
		}
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), CORPUS.resolve("reference"), inbox,
				Files.createDirectories(dir.resolve("out")), Cutoff.CALENDAR, 5, false, Language.VI, RunRequest.TEMPLATES));
		assertThat(outcome.completed()).isTrue();

		List<NamedCsvRecord> rejects = read(dir.resolve("out/2026-10/rejects.csv"));
		assertThat(rejects.get(0).getHeader()).containsExactly("file", "line", "agency", "period", "indicator", "code",
				"message", "raw");
		assertThat(rejects).hasSizeGreaterThan(50);
		assertThat(rejects).extracting(r -> r.getField("code"))
			.contains("BAD_VALUE", "UNKNOWN_AGENCY", "MALFORMED_ROW", "DUPLICATE", "CONFLICT", "UNREADABLE_FILE");
		List<String> english = new ArrayList<>();
		for (NamedCsvRecord reject : rejects) {
			String message = reject.getField("message");
			if (message.isBlank() || !IntakeCorpusVietnameseTests.englishWords(message, reject.getField("file")).isEmpty()) {
				english.add(reject.getField("file") + ":" + reject.getField("line") + " " + message);
			}
		}
		assertThat(english).as("messages of rejects.csv not in Vietnamese").isEmpty();
		assertThat(rejects).anySatisfy(r -> assertThat(r.getField("message"))
			.contains("'1.000' không rõ nghĩa", "ghi 1000 nếu dấu chấm phân cách hàng nghìn, hoặc 1 nếu là dấu thập phân"));
		assertThat(rejects).anySatisfy(r -> assertThat(r.getField("message")).contains("lặp lại", "chỉ dòng đầu tiên được tính"));

		long runId = outcome.run().id();
		List<String> reasons = jdbc.queryForList("SELECT message FROM input_file WHERE run_id = ? AND message IS NOT NULL "
				+ "UNION ALL SELECT reason FROM input_sheet WHERE run_id = ? AND reason IS NOT NULL", String.class, runId,
				runId);
		assertThat(reasons).isNotEmpty()
			.allSatisfy(reason -> assertThat(IntakeCorpusVietnameseTests.englishWords(reason, "")).as(reason).isEmpty())
			.anySatisfy(reason -> assertThat(reason).contains("tệp khóa"))
			.anySatisfy(reason -> assertThat(reason).isEqualTo("bị ẩn"));
	}

	private static List<NamedCsvRecord> read(Path file) throws IOException {
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
			return csv.stream().toList();
		}
	}

}
