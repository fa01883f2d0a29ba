package org.scorecard.reference;

import java.util.LinkedHashMap;
import java.util.Map;

import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.scorecard.text.Quoted;

/**
 * One broken thing in the reference data, with the file and line (0 for the whole file) at fault, and
 * what is wrong as a {@link Message} ({@code reference.*}), put in words in the language of whoever
 * shows it. What the file holds is kept printable: invisible characters escaped, at most 1,000
 * characters of each value.
 */
public record ReferenceProblem(String file, long line, Message problem) {

	public ReferenceProblem {
		Map<String, Object> values = new LinkedHashMap<>();
		problem.values().forEach((name, value) -> values.put(name, value instanceof String text ? printable(text) : value));
		problem = new Message(problem.key(), values);
	}

	private static String printable(String text) {
		String visible = Quoted.visible(text);
		return visible.length() <= 1000 ? visible : visible.substring(0, 999) + "…";
	}

	/** The problem with its place: {@code tasks.csv:3: ...}, or {@code tasks.csv: ...} for the whole file. */
	public Message located() {
		return line > 0 ? Message.of("reference.at.line", "file", file, "line", line, "problem", problem)
				: Message.of("reference.at.file", "file", file, "problem", problem);
	}

	/** The problem in English, without its place. */
	public String message() {
		return Messages.english().render(problem);
	}

	/** The problem with its place, in the language of {@code messages}. */
	public String render(Messages messages) {
		return messages.render(located());
	}

	@Override
	public String toString() {
		return render(Messages.english());
	}

}
