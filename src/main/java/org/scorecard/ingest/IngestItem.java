package org.scorecard.ingest;

import java.util.List;

import org.scorecard.submission.CheckedRow;
import org.scorecard.submission.RawRow;
import org.scorecard.submission.SheetOutcome;

/**
 * What the inbox reader hands on: a row, or the end of a file with the number of rows the reader
 * counted in it, or a file that could not be read. The markers travel in the same chunk transaction
 * as the rows, so a file's count is recorded exactly when its last row is.
 */
public sealed interface IngestItem {

	record Row(RawRow raw, CheckedRow checked) implements IngestItem {
	}

	/** {@code sheets} says what became of each sheet of a workbook (empty for CSV). */
	record FileEnd(int fileId, long rowsRead, List<SheetOutcome> sheets) implements IngestItem {
	}

	/** {@code messageAlt}: the reason in the run's second language, or null. */
	record FileFailed(int fileId, String message, String messageAlt) implements IngestItem {
	}

}
