package org.scorecard.text;

import java.util.function.Function;

/**
 * The messages of a run's own language and of its second one ({@code --lang vi,en}; null in a run of
 * one language): a text the run stores is rendered in both, the second into the {@code _alt} column.
 */
public record MessagePair(Messages own, Messages second) {

	/** The text in the run's own language. */
	public String own(Function<Messages, String> text) {
		return text.apply(own);
	}

	/** The text in the run's second language, or null when it has none. */
	public String second(Function<Messages, String> text) {
		return second == null ? null : text.apply(second);
	}

}
