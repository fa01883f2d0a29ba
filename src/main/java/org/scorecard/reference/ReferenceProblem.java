package org.scorecard.reference;

/** One broken thing in the reference data, with the file and line (0 for the whole file) at fault. */
public record ReferenceProblem(String file, long line, String message) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
	}

}
