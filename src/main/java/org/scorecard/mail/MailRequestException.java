package org.scorecard.mail;

/**
 * A request to mail a run that cannot be carried out at all (no such run, a run not completed or
 * replaced by a later one, no sender or SMTP server set): nothing was sent, written or recorded.
 */
public class MailRequestException extends RuntimeException {

	MailRequestException(String message) {
		super(message);
	}

}
