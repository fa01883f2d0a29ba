package org.scorecard.cli;

/** The command was wrong (exit 2): the message is one sentence a user can act on. */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
