package org.scorecard.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows the RFC 4180 quoting state of the characters that pass through it, so that a quote left
 * open at the end of the file can be told apart from a quoted field that closes there (the CSV
 * library reads both the same way).
 */
final class QuoteTracker extends FilterReader {

	private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

	private State state = State.FIELD_START;

	private boolean endOfInput;

	private boolean nul;

	/** The physical line being read (1 = the header), and the line the current record began on. */
	private long line = 1;

	private long recordLine = 1;

	private boolean afterCarriageReturn;

	/** The lines (of record starts) where text follows a closing quote, like {@code "5"0}. */
	private final Set<Long> textAfterQuote = new HashSet<>();

	QuoteTracker(Reader in) {
		super(in);
	}

	/** True once a NUL character went through: the file is not text (UTF-16 without a BOM, or binary). */
	boolean sawNul() {
		return nul;
	}

	/** Whether the record starting on this line has text after a closing quote. */
	boolean textAfterQuote(long recordStartLine) {
		return textAfterQuote.contains(recordStartLine);
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
		if (c == '\0') {
			nul = true;
		}
		boolean newLine = c == '\r' || (c == '\n' && !afterCarriageReturn);
		afterCarriageReturn = c == '\r';
		boolean separator = c == ',' || c == '\n' || c == '\r';
		if (state == State.QUOTE_IN_QUOTED && !separator && c != '"' && c != ' ' && c != '\t') {
			textAfterQuote.add(recordLine);
		}
		boolean endOfRecord = state != State.QUOTED && (c == '\n' || c == '\r');
		state = switch (state) {
			case FIELD_START -> c == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
			case UNQUOTED -> separator ? State.FIELD_START : State.UNQUOTED;
			case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
			case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : separator ? State.FIELD_START : State.UNQUOTED;
		};
		if (newLine) {
			line++;
		}
		if (endOfRecord) {
			// the next record (empty lines are none, but a record after them starts on its own line)
			recordLine = line;
		}
	}

}
