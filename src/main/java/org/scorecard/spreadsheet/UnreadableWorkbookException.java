package org.scorecard.spreadsheet;

import java.io.IOException;

import org.scorecard.text.Message;

/** The workbook cannot be read; the message says why in a clerk's words. */
public final class UnreadableWorkbookException extends IOException {

	private final transient Message reason;

	public UnreadableWorkbookException(Message reason) {
		super(reason.toString());
		this.reason = reason;
	}

	/** Why, to be put in the reader's language. */
	public Message reason() {
		return reason;
	}

}
