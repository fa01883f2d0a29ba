package org.scorecard.text;

/**
 * A request that cannot be carried out, with its reason not yet in words: the command line renders
 * it in the command's language; {@link #getMessage()} gives it in English, for logs.
 */
public abstract class ReasonedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient Message reason;

	protected ReasonedException(Message reason) {
		this.reason = reason;
	}

	/** Why, not yet in words. */
	public Message reason() {
		return reason;
	}

	/** In English, for logs. */
	@Override
	public String getMessage() {
		return reason.toString();
	}

}
