package org.scorecard.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A CSV file read record by record through FastCSV. The text must be UTF-8 (a byte-order mark is
 * allowed); anything else fails with {@link UnreadableCsvException}. Completely empty lines are not
 * records. The first record is the header.
 */
public final class CsvSource implements Iterator<CsvLine>, Closeable {

	private final QuoteTracker tracker;

	private final CsvReader<CsvRecord> reader;

	private final Iterator<CsvRecord> records;

	private final List<String> header;

	private CsvRecord lookahead;

	private CsvSource(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			var text = new BufferedReader(new InputStreamReader(in, decoder), 65536);
			text.mark(1);
			if (text.read() != '\uFEFF') {
				text.reset();
			}
			this.tracker = new QuoteTracker(text);
			this.reader = CsvReader.builder()
				.allowExtraCharsAfterClosingQuote(true)
				.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
				.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
				.ofCsvRecord(tracker);
			this.records = reader.iterator();
			this.header = advance() ? lookahead.getFields().stream().map(String::strip).toList() : List.of();
			this.lookahead = null;
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/** Opens the file and reads its header; an unreadable file fails here or later while reading. */
	public static CsvSource open(Path file) throws IOException {
		return new CsvSource(file);
	}

	/** The header's names, trimmed; empty for an empty file. */
	public List<String> header() {
		return header;
	}

	/** Index of the header column with this name (case-insensitive), or -1. */
	public int column(String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public boolean hasNext() {
		return lookahead != null || advance();
	}

	@Override
	public CsvLine next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CsvRecord record = lookahead;
		lookahead = null;
		boolean last = !advance();
		return new CsvLine(record.getStartingLineNumber(), record.getFields(), last && tracker.endedInsideQuotes());
	}

	private boolean advance() {
		try {
			if (records.hasNext()) {
				lookahead = records.next();
				return true;
			}
			return false;
		}
		catch (UncheckedIOException ex) {
			throw UnreadableCsvException.of(ex.getCause());
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw UnreadableCsvException.of(io);
			}
			throw new UnreadableCsvException("it cannot be parsed as CSV (" + ex.getMessage() + ")");
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** The file cannot be read as UTF-8 CSV at all. */
	public static final class UnreadableCsvException extends RuntimeException {

		UnreadableCsvException(String message) {
			super(message);
		}

		static UnreadableCsvException of(Throwable cause) {
			if (cause instanceof CharacterCodingException) {
				return new UnreadableCsvException("it is not UTF-8 text (save it as CSV UTF-8)");
			}
			return new UnreadableCsvException("it cannot be read (" + cause.getMessage() + ")");
		}

	}

}
