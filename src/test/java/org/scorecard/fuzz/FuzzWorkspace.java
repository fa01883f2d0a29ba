package org.scorecard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.submission.CheckedRow;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.FileKind;
import org.scorecard.submission.Inbox;
import org.scorecard.submission.RawRow;
import org.scorecard.submission.RowChecker;
import org.scorecard.submission.RowSource;
import org.scorecard.submission.SubmissionFile;

/**
 * What the fuzz tests share: a temporary folder with the fixture reference data, the row checker,
 * and what every fuzzed submission must give, CSV or XLSX: rows with increasing line numbers and an
 * outcome each (accepted with a value and an instant, or a code with a short printable message), or
 * {@code UnreadableFileException} for the file as a whole. Anything else fails.
 */
final class FuzzWorkspace {

	private final Path dir;

	private final RowChecker checker;

	private FuzzWorkspace(Path dir) {
		this.dir = dir;
		this.checker = new RowChecker(ReferenceLoader.load(Fixtures.reference(dir.resolve("reference"))),
				Cutoff.CALENDAR);
	}

	static FuzzWorkspace create(String name) throws IOException {
		return new FuzzWorkspace(Files.createTempDirectory(name));
	}

	/** Writes the content as the one submission file of this workspace and reads it through. */
	void check(String name, FileKind kind, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		SubmissionFile submission = new SubmissionFile(1, name, file, kind, Inbox.sha256(file), content.length);
		try (RowSource rows = RowSource.open(submission)) {
			int previousSheet = 0;
			long previous = 0;
			while (rows.hasNext()) {
				RawRow raw = rows.next();
				// rows come in sheet order, then in line order within a sheet
				assertThat(raw.sheetNo()).isGreaterThanOrEqualTo(previousSheet);
				if (raw.sheetNo() == previousSheet) {
					assertThat(raw.line()).isGreaterThan(previous);
				}
				previousSheet = raw.sheetNo();
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
