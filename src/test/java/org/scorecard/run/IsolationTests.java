package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.ScorecardProcess;

/**
 * One bad file never stops the month, on a real process: a file and a sub-folder it may not read
 * (permissions) and a file whose name holds a newline and a direction override each end as one entry
 * of the run, which completes; the console shows names with invisible characters escaped; a failing
 * step gives one sentence and the run log's path, never a stack trace on the console.
 */
@EnabledOnOs(OS.LINUX)
class IsolationTests {

	@TempDir
	Path dir;

	/** As root the process may read anything: the run then goes without the capabilities that allow it. */
	private static List<String> unprivileged() throws IOException, InterruptedException {
		if (!"0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip())) {
			return List.of();
		}
		Process probe = new ProcessBuilder("setpriv", "--version").start();
		Assumptions.assumeTrue(probe.waitFor() == 0, "setpriv is needed to drop root's right to read any file");
		return List.of("setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--");
	}

	private Result run(List<String> prefix, String... args) throws Exception {
		Path output = dir.resolve("console-" + System.nanoTime() + ".txt");
		Process process = new ProcessBuilder(ScorecardProcess.command(prefix, args)).redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private record Result(int exit, String console) {
	}

	@Test
	void shouldTakeEveryUnreadableFileAsOneEntryAndGoOnWithTheOthers() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Fixtures.submission(inbox.resolve("HN.csv"), "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		Path locked = Fixtures.submission(inbox.resolve("LC.csv"), "LC,2026-10,EXPORTS,6,USD_M,2026-11-03,");
		Path folder = Files.createDirectories(inbox.resolve("DOI"));
		Fixtures.submission(folder.resolve("DOI.csv"), "DOI,2026-10,COST,1,VND_BN,2026-11-03,");
		Fixtures.submission(inbox.resolve("evil\nname\u202Etxt.csv"), "XX,2026-10,EXPORTS,1,USD_M,2026-11-03,");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
		try {
			Result result = run(unprivileged(), "run", "--period", "2026-10", "--reference", reference.toString(), "--inbox",
					inbox.toString(), "--out", dir.resolve("out").toString());
			assertThat(result.exit()).as(result.console()).isZero();
			assertThat(result.console()).contains("LC.csv").contains("DOI").contains("permission denied")
				.contains("evil\\u000Aname\\u202Etxt.csv")
				.doesNotContain("\u202E")
				.doesNotContain("\tat ");
			String rejects = Files.readString(dir.resolve("out/2026-10/rejects.csv"), StandardCharsets.UTF_8);
			assertThat(rejects).contains("LC.csv,,,,,UNREADABLE_FILE,it cannot be read (permission denied)")
				.contains("DOI,,,,,UNREADABLE_FILE,\"it is a folder that cannot be read (permission denied), so the files in "
						+ "it were not read\"")
				.contains("UNKNOWN_AGENCY");
		}
		finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
		}
	}

	@Test
	void shouldShowOneSentenceAndNoStackTraceWhenAStepFails() throws Exception {
		Path out = dir.resolve("out");
		// a workbook sheet too small for its header: the writeOutputs step fails every time
		Result result = run(List.of(), "run", "--period", "2026-10", "--out", out.toString(),
				"--scorecard.workbook.max-rows=1");
		assertThat(result.exit()).as(result.console()).isEqualTo(1);
		assertThat(result.console()).contains("failed: step writeOutputs: a sheet needs room for its header")
			.contains("Details, with the stack traces: " + out.resolve("2026-10/logs/run-1.log"))
			.doesNotContain("\tat ")
			.doesNotContain("Exception");
		assertThat(Files.readString(out.resolve("2026-10/logs/run-1.log"))).contains("\tat ");
	}

}
