package org.scorecard.run;

/** A run that must not start now (another run of the same period is going): nothing was done. */
public class RunRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RunRefusedException(String message) {
		super(message);
	}

}
