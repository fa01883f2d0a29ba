package org.scorecard.run;

/**
 * How a request ended: {@code reused} when a completed run of the same period and files already
 * existed (nothing recomputed), {@code restarted} when a failed run was resumed.
 */
public record RunOutcome(Run run, boolean reused, boolean restarted, String failure) {

	public boolean completed() {
		return run.status() == RunStatus.COMPLETED;
	}

}
