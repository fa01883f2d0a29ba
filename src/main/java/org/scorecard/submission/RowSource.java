package org.scorecard.submission;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.scorecard.spreadsheet.UnreadableWorkbookException;
import org.scorecard.spreadsheet.Workbook;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;

/**
 * The data rows of one submission file, in order. Opening or reading fails with
 * {@link UnreadableFileException} when the file cannot be read at all.
 */
public interface RowSource extends Iterator<RawRow>, Closeable {

	static RowSource open(SubmissionFile file) {
		return open(file, Messages.english());
	}

	/** The rows, with the reasons of malformed rows and skipped sheets in the language of {@code messages}. */
	static RowSource open(SubmissionFile file, Messages messages) {
		try {
			return switch (file.kind()) {
				case CSV -> new CsvRowSource(file, messages);
				case XLSX, XLS -> new FormRowSource(file, workbook(file), messages);
				case REFUSED -> throw new UnreadableFileException(file.reason() != null
						? Message.of("text", "text", file.reason()) : FileKind.refusal(file.path()));
				case SKIPPED -> throw new IllegalArgumentException(file.path() + " is not a submission file");
			};
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new UnreadableFileException(Message.of("file.not_utf8"));
		}
		catch (IOException ex) {
			throw new UnreadableFileException(Message.of("file.cannot_open", "detail", ex.getMessage()));
		}
	}

	private static Workbook workbook(SubmissionFile file) throws IOException {
		// a workbook is read at random places, so the whole file is checked against the scan first
		if (file.sha256() != null && !file.sha256().isEmpty()
				&& !Inbox.sha256(file.location()).equalsIgnoreCase(file.sha256())) {
			throw new UnreadableFileException(Message.of("file.changed"));
		}
		try {
			return Workbook.open(file.location());
		}
		catch (UnreadableWorkbookException ex) {
			throw new UnreadableFileException(ex.reason());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException(Message.of("workbook.unreadable", "detail", ex.getMessage()));
		}
	}

	/** What became of each sheet of a workbook (empty for CSV); complete once the rows have been read. */
	default List<SheetOutcome> sheets() {
		return List.of();
	}

	/** The file as a whole cannot be read; its rows are not counted. */
	final class UnreadableFileException extends RuntimeException {

		private final transient Message reason;

		public UnreadableFileException(Message reason) {
			super(reason.toString());
			this.reason = reason;
		}

		/** Why, to be put in the reader's language. */
		public Message reason() {
			return reason;
		}

	}

}
