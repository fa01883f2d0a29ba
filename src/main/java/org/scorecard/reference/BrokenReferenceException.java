package org.scorecard.reference;

import java.util.List;

import org.scorecard.text.Message;

/** Thrown when the reference data has problems; every problem found is listed, not just the first. */
public class BrokenReferenceException extends RuntimeException {

	private final List<ReferenceProblem> problems;

	public BrokenReferenceException(List<ReferenceProblem> problems) {
		super(Message.of("reference.broken", "count", problems.size()).toString());
		this.problems = List.copyOf(problems);
	}

	/** The last line under the problems: how many there are, and that nothing was loaded. */
	public Message summary() {
		return Message.of("reference.broken", "count", problems.size());
	}

	public List<ReferenceProblem> problems() {
		return problems;
	}

}
