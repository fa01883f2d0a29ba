package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:ingest;DB_CLOSE_DELAY=-1")
class IngestJobTests {

	/** Fails the ingest step once, after the given number of chunks were written, when armed. */
	static final class CrashAfterChunks implements ItemWriteListener<IngestItem> {

		int chunksBeforeCrash = -1;

		@Override
		public void afterWrite(Chunk<? extends IngestItem> items) {
			if (chunksBeforeCrash >= 0 && chunksBeforeCrash-- == 0) {
				throw new IllegalStateException("simulated crash during ingestion");
			}
		}

	}

	@TestConfiguration
	static class Crash {

		@Bean
		CrashAfterChunks crashAfterChunks() {
			return new CrashAfterChunks();
		}

	}

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CrashAfterChunks crash;

	@TempDir
	Path dir;

	private RunRequest request(Path reference, Path inbox, String period) {
		return new RunRequest(YearMonth.parse(period), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5, false);
	}

	private List<Map<String, Object>> rows(long runId) {
		return jdbc.queryForList("SELECT f.path, r.line, r.code, r.value_num, r.is_current FROM submission_row r "
				+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id WHERE r.run_id = ? "
				+ "ORDER BY f.file_id, r.line", runId);
	}

	@Test
	void shouldIngestTheDemoDataAndRejectExactlyThePlantedFaults() throws Exception {
		RunOutcome outcome = launcher.launch(request(Path.of("seeds/reference"), Path.of("seeds/submissions"), "2026-10"));
		assertThat(outcome.completed()).isTrue();
		Path periodDir = dir.resolve("out/2026-10");

		Set<String> rejects = csv(periodDir.resolve("rejects.csv")).stream()
			.map(r -> r.get(0) + "," + r.get(1) + "," + r.get(5))
			.collect(Collectors.toSet());
		Set<String> planted = csv(Path.of("seeds/expected-rejects.csv")).stream()
			.map(r -> r.get(0) + "," + r.get(1) + "," + r.get(2))
			.collect(Collectors.toSet());
		assertThat(rejects).isEqualTo(planted);

		JsonNode summary = new ObjectMapper().readTree(periodDir.resolve("summary.json").toFile());
		assertThat(summary.get("period").asText()).isEqualTo("2026-10");
		long read = 0;
		for (JsonNode input : summary.get("inputs")) {
			assertThat(input.get("read").asLong())
				.as(input.get("file").asText())
				.isEqualTo(input.get("accepted").asLong() + input.get("rejected").asLong());
			assertThat(input.get("sha256").asText()).hasSize(64);
			read += input.get("read").asLong();
		}
		assertThat(read).isEqualTo(summary.get("totals").get("read").asLong()).isEqualTo(4225);
		assertThat(summary.get("totals").get("rejected").asLong()).isEqualTo(16);
		assertThat(summary.get("skipped")).extracting(f -> f.get("file").asText(), f -> f.get("reason").asText())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("README.txt", "not a .csv, .xlsx, .xlsm or .xls file"));
		JsonNode unreadable = null;
		for (JsonNode input : summary.get("inputs")) {
			if (input.get("status").asText().equals("unreadable")) {
				unreadable = input;
			}
		}
		assertThat(unreadable.get("file").asText()).isEqualTo("2026/2026-10/CB-2026-10.csv");
		assertThat(unreadable.get("read").asLong()).isZero();

		// completeness and tasks as the demo data was built (seeds/README.md)
		Map<String, Long> reporting = new java.util.TreeMap<>();
		summary.get("completeness").forEach(e -> reporting.merge(e.get("status").asText(), 1L, Long::sum));
		assertThat(reporting).containsExactly(Map.entry("late", 1L), Map.entry("missing", 1L), Map.entry("on_time", 32L));
		assertThat(summary.get("completeness")).filteredOn(e -> !e.get("status").asText().equals("on_time"))
			.extracting(e -> e.get("agency").asText() + " " + e.get("status").asText())
			.containsExactlyInAnyOrder("NT late", "EMB-KR missing");
		Map<String, Long> tasks = new java.util.TreeMap<>();
		summary.get("tasks").forEach(t -> tasks.merge(t.get("status").asText(), 1L, Long::sum));
		assertThat(tasks).containsExactly(Map.entry("done_late", 4L), Map.entry("done_on_time", 9L),
				Map.entry("open", 6L), Map.entry("overdue", 5L));

		RunOutcome again = launcher.launch(request(Path.of("seeds/reference"), Path.of("seeds/submissions"), "2026-10"));
		assertThat(again.reused()).isTrue();
		assertThat(again.run().id()).isEqualTo(outcome.run().id());
	}

	@Test
	void shouldSettleRevisionsDuplicatesAndConflicts() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"),
				"HN,2026-09,EXPORTS,100,USD_M,2026-10-03T10:00+07:00,first",
				"HN,2026-09,EXPORTS,100000,USD_K,2026-10-03T10:00+07:00,duplicate of line 2 in thousands",
				"LC,2026-09,EXPORTS,5,USD_M,2026-10-03,conflict",
				"LC,2026-09,EXPORTS,5,USD_M,2026-10-03,conflict",
				"LC,2026-09,EXPORTS,6,USD_M,2026-10-03,conflict",
				"LC,2026-09,EXPORTS,4,USD_M,2026-10-01,earlier revision counts again");
		Fixtures.submission(inbox.resolve("b/revised.csv"),
				"HN,2026-09,EXPORTS,120,USD_M,2026-10-06,correction",
				"HN,2026-09,EXPORTS,0.1,USD_BN,2026-10-03T03:00Z,ties with a.csv line 2");
		RunOutcome outcome = launcher.launch(request(reference, inbox, "2026-09"));
		assertThat(outcome.completed()).isTrue();
		assertThat(rows(outcome.run().id())).extracting(r -> r.get("PATH") + ":" + r.get("LINE") + " " + r.get("CODE")
				+ " " + r.get("IS_CURRENT"))
			.containsExactly("a.csv:2 null false", "a.csv:3 DUPLICATE false", "a.csv:4 CONFLICT false",
					"a.csv:5 CONFLICT false", "a.csv:6 CONFLICT false", "a.csv:7 null true", "b/revised.csv:2 null true",
					"b/revised.csv:3 DUPLICATE false");
	}

	@Test
	void shouldStartANewEditionWhenAFileChanges() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-08,EXPORTS,100,USD_M,2026-09-03,");
		RunOutcome first = launcher.launch(request(reference, inbox, "2026-08"));
		Fixtures.submission(inbox.resolve("late.csv"), "LC,2026-08,EXPORTS,7,USD_M,2026-09-20,");
		RunOutcome second = launcher.launch(request(reference, inbox, "2026-08"));
		assertThat(second.reused()).isFalse();
		assertThat(second.run().id()).isNotEqualTo(first.run().id());
		assertThat(second.run().edition()).isEqualTo(first.run().edition() + 1);
		assertThat(second.run().rowsRead()).isEqualTo(2);
	}

	@Test
	void shouldRejectAnUnreadableFileWholeAndGoOn() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-03,");
		Files.write(inbox.resolve("b.csv"), (Fixtures.SUBMISSION_HEADER + "HN,2026-09,IMPORTS,1,USD_M,2026-10-03,H\u00e0 N\u1ed9i\n")
			.getBytes(StandardCharsets.UTF_16LE));
		Files.write(inbox.resolve("c.xlsx"), "not a workbook".getBytes(StandardCharsets.UTF_8));
		Fixtures.submission(inbox.resolve("d.csv"), "LC,2026-09,EXPORTS,7,USD_M,2026-10-03,");
		RunOutcome outcome = launcher.launch(request(reference, inbox, "2026-09"));
		assertThat(outcome.completed()).isTrue();
		List<List<String>> rejects = csv(dir.resolve("out/2026-09/rejects.csv"));
		assertThat(rejects).extracting(r -> r.get(0) + ":" + r.get(1) + " " + r.get(5))
			.containsExactly("b.csv: UNREADABLE_FILE", "c.xlsx: UNREADABLE_FILE");
		assertThat(outcome.run().rowsRead()).isEqualTo(2);
		assertThat(outcome.run().rowsAccepted()).isEqualTo(2);
	}

	@Test
	void shouldRestartAFailedIngestionWithoutStoringAnyRowTwice() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		for (int file = 0; file < 3; file++) {
			StringBuilder rows = new StringBuilder(Fixtures.SUBMISSION_HEADER);
			for (int i = 0; i < 1500; i++) {
				// every row of a file has its own key; the later files revise the earlier ones
				String agency = List.of("VN", "HN", "LC", "DOI").get(i % 4);
				String indicator = (i / 4) % 2 == 0 ? "EXPORTS" : "IMPORTS";
				rows.append(String.format("%s,%d-%02d,%s,%d.5,USD_M,2026-10-0%d,%n", agency, 2000 + i / 96,
						1 + (i / 8) % 12, indicator, i, 1 + file));
			}
			Fixtures.write(inbox.resolve("f" + file + ".csv"), rows.toString());
		}
		Fixtures.submission(inbox.resolve("g.csv"), "HN,2026-09,EXPORTS,-1,USD_M,2026-10-03,bad");

		crash.chunksBeforeCrash = 2;
		RunOutcome failed = launcher.launch(request(reference, inbox, "2026-09"));
		assertThat(failed.completed()).isFalse();
		assertThat(failed.failure()).contains("simulated crash");
		long stored = jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ?", Long.class,
				failed.run().id());
		// two chunks committed: 1,500 rows and the end marker of f0.csv, then 499 rows of f1.csv
		assertThat(stored).isEqualTo(2 * 1000 - 1);

		RunOutcome restarted = launcher.launch(request(reference, inbox, "2026-09"));
		assertThat(restarted.restarted()).isTrue();
		assertThat(restarted.completed()).isTrue();
		assertThat(restarted.run().id()).isEqualTo(failed.run().id());

		RunOutcome uninterrupted = launcher.launch(new RunRequest(YearMonth.parse("2026-09"), reference, inbox,
				dir.resolve("out2"), Cutoff.CALENDAR, 5, true));
		assertThat(uninterrupted.completed()).isTrue();
		assertThat(rows(restarted.run().id())).hasSize(4501).isEqualTo(rows(uninterrupted.run().id()));
		assertThat(restarted.run().rowsRejected()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ? AND is_current",
				Long.class, restarted.run().id())).isEqualTo(1500);
		assertThat(Files.readString(dir.resolve("out/2026-09/rejects.csv")))
			.isEqualTo(Files.readString(dir.resolve("out2/2026-09/rejects.csv")));
	}

	private static List<List<String>> csv(Path file) throws Exception {
		try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
			return reader.stream().skip(1).map(r -> r.getFields()).toList();
		}
	}

}
