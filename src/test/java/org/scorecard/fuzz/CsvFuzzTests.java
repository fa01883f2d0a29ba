package org.scorecard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.submission.CheckedRow;
import org.scorecard.submission.Cutoff;
import org.scorecard.submission.FileKind;
import org.scorecard.submission.Inbox;
import org.scorecard.submission.RawRow;
import org.scorecard.submission.RowChecker;
import org.scorecard.submission.RowSource;
import org.scorecard.submission.SubmissionFile;

/**
 * Coverage-guided fuzzing of CSV submissions: any bytes, read as a submission file and every row
 * checked, either give rows with increasing line numbers and an outcome each (accepted with a value,
 * or a code with a printable message), or fail as a whole with {@code UnreadableFileException}.
 * Anything else (another exception, a hang, running out of memory) is a finding. The build fuzzes
 * for a short while ({@code fuzz-csv} in pom.xml); without {@code JAZZER_FUZZ} only the saved inputs run.
 */
class CsvFuzzTests {

	static Path dir;

	static RowChecker checker;

	@BeforeAll
	static void reference() throws IOException {
		dir = Files.createTempDirectory("csv-fuzz");
		checker = new RowChecker(ReferenceLoader.load(Fixtures.reference(dir.resolve("reference"))), Cutoff.CALENDAR);
	}

	/** Jazzer's own driver (hardening/fuzz.sh, for runs longer than the build's): set up once. */
	public static void fuzzerInitialize() throws IOException {
		reference();
	}

	/** Jazzer's own driver: one input. */
	public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
		new CsvFuzzTests().anyBytesAreRowsWithAnOutcomeOrAnUnreadableFile(data);
	}

	@FuzzTest(maxDuration = "20s")
	void anyBytesAreRowsWithAnOutcomeOrAnUnreadableFile(FuzzedDataProvider data) throws IOException {
		boolean withHeader = data.consumeBoolean();
		byte[] bytes = data.consumeRemainingAsBytes();
		Path file = dir.resolve("fuzz.csv");
		byte[] header = withHeader ? Fixtures.SUBMISSION_HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8)
				: new byte[0];
		byte[] content = new byte[header.length + bytes.length];
		System.arraycopy(header, 0, content, 0, header.length);
		System.arraycopy(bytes, 0, content, header.length, bytes.length);
		Files.write(file, content);
		SubmissionFile submission = new SubmissionFile(1, "fuzz.csv", file, FileKind.CSV, Inbox.sha256(file),
				content.length);
		Outcomes.check(submission, checker);
	}

	/** What every fuzzed file must give, CSV or XLSX. */
	static final class Outcomes {

		private Outcomes() {
		}

		static void check(SubmissionFile submission, RowChecker checker) throws IOException {
			try (RowSource rows = RowSource.open(submission)) {
				long previous = 0;
				while (rows.hasNext()) {
					RawRow raw = rows.next();
					assertThat(raw.line()).isGreaterThan(previous);
					previous = raw.line();
					CheckedRow checked = checker.check(raw);
					if (checked.accepted()) {
						assertThat(checked.value()).isNotNull();
						assertThat(checked.submittedAt()).isNotNull();
					}
					else {
						assertThat(checked.message()).isNotBlank().doesNotContainPattern("\\p{Cntrl}").hasSizeLessThan(1100);
					}
				}
			}
			catch (RowSource.UnreadableFileException expected) {
				assertThat(expected.getMessage()).isNotBlank();
			}
		}

	}

}
