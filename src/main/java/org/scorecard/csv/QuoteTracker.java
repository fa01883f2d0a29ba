package org.scorecard.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Follows the RFC 4180 quoting state of the characters that pass through it, so that a quote left
 * open at the end of the file can be told apart from a quoted field that closes there (the CSV
 * library reads both the same way).
 */
final class QuoteTracker extends FilterReader {

	private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

	private State state = State.FIELD_START;

	private boolean endOfInput;

	QuoteTracker(Reader in) {
		super(in);
	}

	/** True once the whole input was read and it ended inside a quoted field. */
	boolean endedInsideQuotes() {
		return endOfInput && state == State.QUOTED;
	}

	@Override
	public int read() throws IOException {
		int c = super.read();
		if (c < 0) {
			endOfInput = true;
		}
		else {
			track((char) c);
		}
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n < 0) {
			endOfInput = true;
		}
		for (int i = 0; i < n; i++) {
			track(buffer[offset + i]);
		}
		return n;
	}

	private void track(char c) {
		boolean separator = c == ',' || c == '\n' || c == '\r';
		state = switch (state) {
			case FIELD_START -> c == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
			case UNQUOTED -> separator ? State.FIELD_START : State.UNQUOTED;
			case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
			case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
		};
	}

}
