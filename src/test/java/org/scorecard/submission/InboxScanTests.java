package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.text.Language;
import org.scorecard.text.Messages;

/**
 * Nothing found in an inbox stops its scan: links (to files or folders), pipes, paths longer than
 * the database column or than the system allows each become one entry that says why it is not read.
 */
class InboxScanTests {

	@TempDir
	Path dir;

	@Test
	void shouldListLinksToFoldersAndPipesAsSkippedWithTheirReason() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Fixtures.submission(inbox.resolve("HN.csv"), "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
		Fixtures.submission(elsewhere.resolve("LC.csv"), "LC,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		Files.createSymbolicLink(inbox.resolve("linked-folder"), elsewhere);
		Files.createSymbolicLink(inbox.resolve("linked-file.csv"), elsewhere.resolve("LC.csv"));
		run(inbox, "mkfifo", "pipe.csv");

		assertThat(Inbox.scan(inbox)).extracting(SubmissionFile::path, SubmissionFile::kind, SubmissionFile::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("HN.csv", FileKind.CSV, null),
					org.assertj.core.groups.Tuple.tuple("linked-file.csv", FileKind.SKIPPED, "a symbolic link, never followed"),
					org.assertj.core.groups.Tuple.tuple("linked-folder", FileKind.SKIPPED, "a symbolic link, never followed"),
					org.assertj.core.groups.Tuple.tuple("pipe.csv", FileKind.SKIPPED,
							"not a regular file (a device, pipe or socket)"));
	}

	@Test
	void shouldGiveTheReasonsInTheSecondLanguageFromTheSameScan() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		Fixtures.submission(inbox.resolve("HN.csv"), "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		Files.writeString(inbox.resolve("~$HN.xlsx"), "lock");
		Files.createSymbolicLink(inbox.resolve("linked.csv"), inbox.resolve("HN.csv"));
		Path templates = Path.of("templates");

		Inbox.Scan scan = Inbox.scan(inbox, Messages.load(templates, Language.EN), Messages.load(templates, Language.VI));

		assertThat(scan.files()).extracting(SubmissionFile::path, SubmissionFile::reason).containsExactly(
				org.assertj.core.groups.Tuple.tuple("HN.csv", null),
				org.assertj.core.groups.Tuple.tuple("linked.csv", "a symbolic link, never followed"),
				org.assertj.core.groups.Tuple.tuple("~$HN.xlsx",
						"an Excel or WPS lock file (kept while the workbook is open), not a submission"));
		assertThat(scan.files()).extracting(SubmissionFile::sha256).first().asString().hasSize(64);
		assertThat(scan.secondReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
				"linked.csv", "liên kết tượng trưng, không bao giờ được mở theo",
				"~$HN.xlsx", "tệp khóa của Excel hoặc WPS (có khi bảng tính đang mở), không phải báo cáo"));
		assertThat(Inbox.scan(inbox, Messages.load(templates, Language.EN), null).secondReasons()).isEmpty();
	}

	@Test
	void shouldReadALongPathAndRefuseOneBeyondWhatTheSystemAllows() throws Exception {
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		// 1,200 characters: longer than the 1,000 the database once held, well within the system's limit
		Path deep = inbox;
		for (int i = 0; i < 5; i++) {
			deep = deep.resolve(String.valueOf((char) ('a' + i)).repeat(239));
		}
		Fixtures.submission(Files.createDirectories(deep).resolve("HN.csv"), "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		// beyond PATH_MAX (4,096 bytes): made with relative steps (perl), as no absolute path reaches it
		run(inbox, "perl", "-e", "mkdir 'deeper' or die; chdir 'deeper' or die; for (1 .. 20) { mkdir 'x' x 250 or die; "
				+ "chdir 'x' x 250 or die } open(F, '>', 'LC.csv') or die; print F \"agency,period\\n\"; close F");
		try {
			List<SubmissionFile> files = Inbox.scan(inbox);
			assertThat(files).filteredOn(f -> f.path().endsWith("/HN.csv")).singleElement().satisfies(f -> {
				assertThat(f.path()).hasSizeGreaterThan(1_000);
				assertThat(f.kind()).isEqualTo(FileKind.CSV);
			});
			assertThat(files).filteredOn(f -> f.path().startsWith("deeper/")).singleElement().satisfies(f -> {
				assertThat(f.kind()).isEqualTo(FileKind.REFUSED);
				assertThat(f.reason()).contains("cannot be read").contains("too long");
			});
			assertThatRunsOn(files);
		}
		finally {
			// rm walks with relative steps too; JUnit's clean-up of the temporary folder could not
			run(inbox, "rm", "-rf", "deeper");
		}
	}

	/** Every entry has a kind, and every one not read says why. */
	private static void assertThatRunsOn(List<SubmissionFile> files) {
		for (SubmissionFile file : files) {
			assertThat(file.kind() == FileKind.SKIPPED || file.kind() == FileKind.REFUSED ? file.reason() : "read")
				.as(file.path())
				.isNotBlank();
		}
	}

	private static void run(Path in, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(command[0] + ": " + output).isZero();
	}

}
