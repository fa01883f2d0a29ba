package org.scorecard.submission;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.scorecard.spreadsheet.UnreadableWorkbookException;
import org.scorecard.spreadsheet.Workbook;

/**
 * The data rows of one submission file, in order. Opening or reading fails with
 * {@link UnreadableFileException} when the file cannot be read at all.
 */
public interface RowSource extends Iterator<RawRow>, Closeable {

	static RowSource open(SubmissionFile file) {
		try {
			return switch (file.kind()) {
				case CSV -> new CsvRowSource(file);
				case XLSX, XLS -> new FormRowSource(file, workbook(file));
				case REFUSED -> throw new UnreadableFileException(
						file.reason() != null ? file.reason() : FileKind.refusal(file.path()));
				case SKIPPED -> throw new IllegalArgumentException(file.path() + " is not a submission file");
			};
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new UnreadableFileException("it is not UTF-8 text (save it as CSV UTF-8)");
		}
		catch (IOException ex) {
			throw new UnreadableFileException("it cannot be opened: " + ex.getMessage());
		}
	}

	private static Workbook workbook(SubmissionFile file) throws IOException {
		// a workbook is read at random places, so the whole file is checked against the scan first
		if (file.sha256() != null && !file.sha256().isEmpty()
				&& !Inbox.sha256(file.location()).equalsIgnoreCase(file.sha256())) {
			throw new UnreadableFileException("it changed while the run read it (its SHA-256 is no longer the one "
					+ "recorded when the inbox was scanned); run again once the file is complete");
		}
		try {
			return Workbook.open(file.location());
		}
		catch (UnreadableWorkbookException ex) {
			throw new UnreadableFileException(ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("it is not a readable workbook (" + ex.getMessage() + ")");
		}
	}

	/** What became of each sheet of a workbook (empty for CSV); complete once the rows have been read. */
	default List<SheetOutcome> sheets() {
		return List.of();
	}

	/** The file as a whole cannot be read; its rows are not counted. */
	final class UnreadableFileException extends RuntimeException {

		public UnreadableFileException(String message) {
			super(message);
		}

	}

}
