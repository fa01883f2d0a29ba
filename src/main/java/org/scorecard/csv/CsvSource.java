package org.scorecard.csv;

import java.io.BufferedInputStream;
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
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.scorecard.text.Message;
import org.scorecard.text.WhiteSpace;

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

	private final MessageDigest digest;

	private final String expectedSha256;

	private boolean ended;

	private CsvSource(Path file, String expectedSha256) throws IOException {
		this.expectedSha256 = expectedSha256 == null || expectedSha256.isEmpty() ? null : expectedSha256;
		this.digest = this.expectedSha256 == null ? null : sha256();
		int buffer = bufferSize(file);
		InputStream in = new BufferedInputStream(
				digest == null ? Files.newInputStream(file) : new DigestInputStream(Files.newInputStream(file), digest),
				buffer);
		try {
			checkFirstBytes(in);
			var decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			var text = new BufferedReader(new InputStreamReader(in, decoder), buffer);
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
			this.header = advance() ? lookahead.getFields().stream().map(WhiteSpace::strip).toList() : List.of();
			this.lookahead = null;
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * The buffers sized to the file, from 512 up to 64 KB: a typical submission is about 1.5 KB, and
	 * two 64 KB buffers (the bytes, and twice that in chars) per file were most of what reading
	 * ten thousand files allocated.
	 */
	static int bufferSize(Path file) throws IOException {
		return (int) Math.min(65536, Math.max(512, Files.size(file) + 1));
	}

	/** Opens the file and reads its header; an unreadable file fails here or later while reading. */
	public static CsvSource open(Path file) throws IOException {
		return new CsvSource(file, null);
	}

	/**
	 * Opens the file, which must still have the SHA-256 it had when the inbox was scanned: at its end
	 * the bytes read are checked against it, so a file that changed or grew while the run read it fails
	 * as a whole instead of giving rows the fingerprint does not cover.
	 */
	public static CsvSource open(Path file, String expectedSha256) throws IOException {
		return new CsvSource(file, expectedSha256);
	}

	/** Refuses, before decoding, what is no CSV UTF-8 text: an empty file, UTF-16 (by its byte-order mark). */
	private static void checkFirstBytes(InputStream in) throws IOException {
		in.mark(4);
		int first = in.read();
		int second = in.read();
		in.reset();
		if (first < 0) {
			throw new UnreadableCsvException(Message.of("csv.empty"));
		}
		if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
			throw new UnreadableCsvException(Message.of("csv.utf16"));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
		return new CsvLine(record.getStartingLineNumber(), record.getFields(), last && tracker.endedInsideQuotes(),
				tracker.textAfterQuote(record.getStartingLineNumber()));
	}

	private boolean advance() {
		if (ended) {
			return false;
		}
		try {
			boolean more = records.hasNext();
			if (tracker.sawNul()) {
				throw new UnreadableCsvException(Message.of("csv.nul"));
			}
			if (more) {
				lookahead = records.next();
				return true;
			}
			if (digest != null && !HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(expectedSha256)) {
				throw new UnreadableCsvException(Message.of("file.changed"));
			}
			ended = true;
			return false;
		}
		catch (UnreadableCsvException ex) {
			throw ex;
		}
		catch (UncheckedIOException ex) {
			throw UnreadableCsvException.of(ex.getCause());
		}
		catch (RuntimeException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw UnreadableCsvException.of(io);
			}
			throw new UnreadableCsvException(Message.of("csv.unparsable", "detail", ex.getMessage()));
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** The file cannot be read as UTF-8 CSV at all. */
	public static final class UnreadableCsvException extends RuntimeException {

		private final transient Message reason;

		UnreadableCsvException(Message reason) {
			super(reason.toString());
			this.reason = reason;
		}

		/** Why, to be put in the reader's language. */
		public Message reason() {
			return reason;
		}

		static UnreadableCsvException of(Throwable cause) {
			if (cause instanceof CharacterCodingException) {
				return new UnreadableCsvException(Message.of("file.not_utf8"));
			}
			return new UnreadableCsvException(Message.of("file.cannot_read", "detail", cause.getMessage()));
		}

	}

}
