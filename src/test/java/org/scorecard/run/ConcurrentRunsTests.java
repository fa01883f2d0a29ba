package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Postgres;
import org.scorecard.ScorecardProcess;

/**
 * Real processes sharing one PostgreSQL database: two runs of 2026-10 at once, exactly one runs and
 * the other is refused with exit 2; a run of 2026-09 goes on beside them. The runs read a generated
 * inbox of about 48,000 rows, not the demo's 4,225: the demo's run of 2026-10 could end before the
 * second process (a JVM of its own) came to ask for the period's lock, and it was then told the period
 * was done rather than refused.
 */
@EnabledIf(value = "org.scorecard.Postgres#available", disabledReason = "PostgreSQL at 127.0.0.1:5432 is not reachable")
class ConcurrentRunsTests {

	@TempDir
	Path dir;

	private Process start(String url, String period, String name) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(ScorecardProcess.command(List.of(), "run", "--period", period,
				"--reference", dir.resolve("data/reference").toString(), "--inbox",
				dir.resolve("data/submissions").toString(), "--out", dir.resolve("out").toString(), "--db", url))
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".txt").toFile());
		builder.environment().put("SCORECARD_DB_USER", Postgres.USER);
		return builder.start();
	}

	private String output(String name) throws Exception {
		return Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
	}

	@Test
	void oneRunPerPeriodAtATimeAndDifferentPeriodsSideBySide() throws Exception {
		Process generate = new ProcessBuilder(ScorecardProcess.command(List.of(), "generate", "--agencies", "200",
				"--indicators", "12", "--months", "20", "--end-period", "2026-10", "--seed", "1", "--out",
				dir.resolve("data").toString())).redirectErrorStream(true)
			.redirectOutput(dir.resolve("generate.txt").toFile())
			.start();
		assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(generate.exitValue()).as(output("generate")).isZero();
		String url = Postgres.freshSchema("concurrency");
		// the first process creates the schema (Flyway) and takes the lock of 2026-10 before the others start
		Process first = start(url, "2026-10", "first");
		Path logs = dir.resolve("out/2026-10/logs");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!(Files.isDirectory(logs) && logs.toFile().list().length > 0) && System.nanoTime() < deadline
				&& first.isAlive()) {
			Thread.sleep(50);
		}
		assertThat(first.isAlive()).as("the first run is still going: " + output("first")).isTrue();
		Process second = start(url, "2026-10", "second");
		Process other = start(url, "2026-09", "other");

		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(second.exitValue()).as(output("second")).isEqualTo(2);
		assertThat(output("second")).contains("Another scorecard run of 2026-10 is in progress on this database");
		assertThat(first.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(output("first")).isZero();
		assertThat(other.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(other.exitValue()).as(output("other")).isZero();
		assertThat(output("first")).contains("Run 1 of 2026-10 (edition 1) completed.");
		assertThat(output("other")).contains("of 2026-09 (edition 1) completed.");
		assertThat(dir.resolve("out/2026-10/summary.json")).exists();
		assertThat(dir.resolve("out/2026-09/summary.json")).exists();
		assertThat(logs.toFile().list()).hasSize(1);
	}

}
