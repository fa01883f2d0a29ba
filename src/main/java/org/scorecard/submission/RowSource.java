package org.scorecard.submission;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/**
 * The data rows of one submission file, in order. Opening or reading fails with
 * {@link UnreadableFileException} when the file cannot be read at all.
 */
public interface RowSource extends Iterator<RawRow>, Closeable {

	static RowSource open(SubmissionFile file) {
		try {
			return switch (file.kind()) {
				case CSV -> new CsvRowSource(file);
				case XLSX -> new XlsxRowSource(file);
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

	/** The file as a whole cannot be read; its rows are not counted. */
	final class UnreadableFileException extends RuntimeException {

		public UnreadableFileException(String message) {
			super(message);
		}

	}

}
