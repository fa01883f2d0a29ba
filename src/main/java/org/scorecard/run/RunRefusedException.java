package org.scorecard.run;

import org.scorecard.text.Message;
import org.scorecard.text.ReasonedException;

/** A run that must not start now (another run of the same period is going): nothing was done. */
public class RunRefusedException extends ReasonedException {

	private static final long serialVersionUID = 1L;

	public RunRefusedException(Message reason) {
		super(reason);
	}

}
