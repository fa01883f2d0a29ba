package org.scorecard.run;

import org.scorecard.text.Message;

/**
 * A run that must not start now (another run of the same period is going): nothing was done. The
 * reason is a {@link Message}, which the command line renders in the command's language.
 */
public class RunRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Message reason;

	public RunRefusedException(Message reason) {
		super();
		this.reason = reason;
	}

	public Message reason() {
		return reason;
	}

	/** In English, for logs. */
	@Override
	public String getMessage() {
		return reason.toString();
	}

}
