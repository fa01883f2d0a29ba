package org.scorecard.mail;

import org.scorecard.text.Message;

/**
 * A request to mail a run that cannot be carried out at all (no such run, a run not completed or
 * replaced by a later one, no sender or SMTP server set): nothing was sent, written or recorded.
 */
public class MailRequestException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Message reason;

	MailRequestException(Message reason) {
		this.reason = reason;
	}

	/** Why, not yet in words: the command line renders it in the command's language. */
	public Message reason() {
		return reason;
	}

	/** In English, for logs. */
	@Override
	public String getMessage() {
		return reason.toString();
	}

}
