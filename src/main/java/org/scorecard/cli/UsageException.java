package org.scorecard.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.scorecard.text.Message;
import org.scorecard.text.Messages;

/**
 * The command was wrong (exit 2): one sentence a user can act on (or one line per problem, as for
 * broken reference data), not yet in words: {@link Cli} renders it in the command's language.
 */
class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Message> lines;

	UsageException(Message message) {
		this(List.of(message));
	}

	UsageException(List<Message> lines) {
		super();
		this.lines = List.copyOf(lines);
	}

	/** A sentence already in words (from a library, or a tool without a language): shown as it is. */
	static UsageException text(String text) {
		return new UsageException(Message.of("text", "text", text));
	}

	List<Message> lines() {
		return lines;
	}

	/** Every line in the language of {@code messages}. */
	String render(Messages messages) {
		return lines.stream().map(messages::render).collect(Collectors.joining("\n"));
	}

	/** In English, for logs. */
	@Override
	public String getMessage() {
		return render(Messages.english());
	}

}
