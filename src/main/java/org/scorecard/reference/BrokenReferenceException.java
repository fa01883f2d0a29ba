package org.scorecard.reference;

import java.util.List;

/** Thrown when the reference data has problems; every problem found is listed, not just the first. */
public class BrokenReferenceException extends RuntimeException {

	private final List<ReferenceProblem> problems;

	public BrokenReferenceException(List<ReferenceProblem> problems) {
		super("The reference data has " + problems.size() + " problem(s); nothing was loaded.");
		this.problems = List.copyOf(problems);
	}

	public List<ReferenceProblem> problems() {
		return problems;
	}

}
