package org.scorecard.mail;

import org.scorecard.text.Message;
import org.scorecard.text.ReasonedException;

/**
 * A request to mail a run that cannot be carried out at all (no such run, a run not completed or
 * replaced by a later one, no sender or SMTP server set): nothing was sent, written or recorded.
 */
public class MailRequestException extends ReasonedException {

	private static final long serialVersionUID = 1L;

	MailRequestException(Message reason) {
		super(reason);
	}

}
