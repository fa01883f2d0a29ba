package org.scorecard.spreadsheet;

import java.io.IOException;

/** The workbook cannot be read; the message says why in a clerk's words. */
public final class UnreadableWorkbookException extends IOException {

	public UnreadableWorkbookException(String message) {
		super(message);
	}

}
