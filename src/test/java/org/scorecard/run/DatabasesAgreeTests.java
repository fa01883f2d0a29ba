package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Postgres;
import org.scorecard.ScorecardProcess;

/**
 * The same inputs give the same results on H2 and on PostgreSQL: the demo data, the hostile corpus
 * (times 100 ns apart among them) and the intake corpus in one inbox, run by two real processes, one
 * per database; summary.json (but for the run's id and time) and rejects.csv are equal byte for byte.
 */
@EnabledIf(value = "org.scorecard.Postgres#available", disabledReason = "PostgreSQL at 127.0.0.1:5432 is not reachable")
class DatabasesAgreeTests {

	@TempDir
	Path dir;

	@Test
	void shouldGiveTheSameSummaryOnH2AndPostgresql() throws Exception {
		Path inbox = dir.resolve("inbox");
		copy(Path.of("seeds/submissions"), inbox);
		copy(Path.of("src/test/resources/hostile"), inbox.resolve("zz-hostile"));
		copy(Path.of("src/test/resources/intake/inbox"), inbox.resolve("zz-intake"));

		Path h2 = run(inbox, "h2", List.of());
		Path postgres = run(inbox, "postgresql", List.of("--db", Postgres.freshSchema("agree")));

		assertThat(summary(postgres)).isEqualTo(summary(h2));
		assertThat(Files.readString(postgres.resolve("rejects.csv"))).isEqualTo(Files.readString(h2.resolve("rejects.csv")))
			.contains("submitted-at-100-ns-apart.csv,2,").contains("CONFLICT");
	}

	private Path run(Path inbox, String name, List<String> db) throws Exception {
		Path out = dir.resolve("out-" + name);
		List<String> args = new java.util.ArrayList<>(List.of("run", "--period", "2026-10", "--reference",
				"seeds/reference", "--inbox", inbox.toString(), "--out", out.toString()));
		args.addAll(db);
		Path console = dir.resolve(name + ".txt");
		ProcessBuilder builder = new ProcessBuilder(ScorecardProcess.command(List.of(), args.toArray(String[]::new)))
			.redirectErrorStream(true)
			.redirectOutput(console.toFile());
		builder.environment().put("SCORECARD_DB_USER", Postgres.USER);
		Process process = builder.start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(console, StandardCharsets.UTF_8)).isZero();
		return out.resolve("2026-10");
	}

	private static JsonNode summary(Path period) throws Exception {
		ObjectNode summary = (ObjectNode) new ObjectMapper().readTree(period.resolve("summary.json").toFile());
		summary.remove(List.of("run_id", "generated_at"));
		return summary;
	}

	private static void copy(Path from, Path to) throws Exception {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".py")).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

}
