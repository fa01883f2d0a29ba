package org.scorecard.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.scorecard.files.AtomicFile;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:editions;DB_CLOSE_DELAY=-1")
class EditionsTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	/** A writer that dies half way: the real name keeps the previous whole file, nothing else is left. */
	@Test
	void aWriterKilledMidwayLeavesNoHalfWrittenFileUnderTheRealName() throws Exception {
		Path report = dir.resolve("out/2026-10/scorecard-2026-10.pdf");
		AtomicFile.write(report, out -> out.write("edition 1, whole".getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> AtomicFile.write(report, out -> {
			out.write("edition 2, first half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("simulated crash");
		})).hasMessage("simulated crash");
		assertThat(report).hasContent("edition 1, whole");
		Path fresh = dir.resolve("out/2026-10/agencies/HN-2026-10.pdf");
		assertThatThrownBy(() -> AtomicFile.write(fresh, out -> {
			out.write(new byte[1000]);
			throw new IOException("simulated crash");
		}));
		assertThat(fresh).doesNotExist();
		try (Stream<Path> files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
				.containsExactly("scorecard-2026-10.pdf");
		}
	}

	private RunOutcome run(Path reference, Path inbox) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		return outcome;
	}

	private static void assertChecksumsHold(Path folder) throws Exception {
		Process check = new ProcessBuilder("sha256sum", "-c", "--strict", Editions.SUMS).directory(folder.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(check.waitFor()).as(output).isZero();
		List<String> lines = Files.readAllLines(folder.resolve(Editions.SUMS));
		assertThat(lines).allMatch(line -> line.matches("[0-9a-f]{64}  \\S.*"));
		assertThat(lines).extracting(line -> line.substring(66))
			.contains("rejects.csv", "summary.json", "scorecard-2026-09.pdf", "scorecard-2026-09.xlsx",
					"agencies/HN-2026-09.pdf")
			.noneMatch(path -> path.startsWith("history/") || path.startsWith("logs/") || path.equals(Editions.SUMS));
	}

	/**
	 * A late submission makes a new run: its edition replaces the files, the previous one is kept whole
	 * under history/RUN-ID/, and both editions' SHA256SUMS pass sha256sum -c.
	 */
	@Test
	void aNewEditionKeepsThePreviousOneUnderHistory() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-02,");
		RunOutcome first = run(reference, inbox);
		Path period = dir.resolve("out/2026-09");
		assertChecksumsHold(period);
		String firstSummary = Files.readString(period.resolve("summary.json"));

		Fixtures.submission(inbox.resolve("lc-late.csv"), "LC,2026-09,EXPORTS,50,USD_M,2026-10-20,");
		RunOutcome second = run(reference, inbox);
		assertThat(second.run().id()).isNotEqualTo(first.run().id());
		assertThat(second.run().edition()).isEqualTo(2);
		Path history = period.resolve("history/" + first.run().id());
		assertThat(history.resolve("summary.json")).hasContent(firstSummary);
		assertThat(history.resolve("agencies/HN-2026-09.pdf")).exists();
		assertThat(Files.readString(period.resolve("summary.json"))).contains("\"run_id\" : " + second.run().id());
		assertChecksumsHold(period);
		assertChecksumsHold(history);
		try (Stream<Path> entries = Files.list(period.resolve("history"))) {
			assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(Long.toString(first.run().id()));
		}
	}

}
