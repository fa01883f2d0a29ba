package org.scorecard.reference;

import org.scorecard.text.Quoted;

/**
 * One broken thing in the reference data, with the file and line (0 for the whole file) at fault. The
 * message is kept printable: invisible characters escaped, at most 1,000 characters.
 */
public record ReferenceProblem(String file, long line, String message) {

	public ReferenceProblem {
		message = Quoted.visible(message);
		message = message.length() <= 1000 ? message : message.substring(0, 999) + "…";
	}

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
	}

}
