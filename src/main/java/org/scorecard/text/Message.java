package org.scorecard.text;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message not yet put in words: the key of its text in {@code templates/messages_LANG.properties}
 * and its values by name. Code deep in the readers says what went wrong with one; whoever shows or
 * stores it renders it in the run's language ({@link Messages#render}). A value may be a message
 * itself (a reason inside a sentence).
 */
public record Message(String key, Map<String, Object> values) {

	/** {@code nameValues} alternate names and values: {@code of("csv.fields", "count", 8, "header", 7)}. */
	public static Message of(String key, Object... nameValues) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < nameValues.length; i += 2) {
			values.put(String.valueOf(nameValues[i]), nameValues[i + 1]);
		}
		return new Message(key, values);
	}

	/** In English, for logs and exceptions' own messages. */
	@Override
	public String toString() {
		return Messages.english().render(this);
	}

}
