package org.scorecard.csv;

import java.util.List;
import java.util.stream.Collectors;

import org.scorecard.text.WhiteSpace;

/**
 * One record of a CSV file: the physical line it starts on (the header is line 1), its fields as
 * written (untrimmed), and whether its quoting is broken: a quote left open at the end of the file,
 * or text after a closing quote ({@code "5"0}).
 */
public record CsvLine(long line, List<String> rawFields, boolean unterminatedQuote, boolean textAfterQuote) {

	public CsvLine(long line, List<String> rawFields, boolean unterminatedQuote) {
		this(line, rawFields, unterminatedQuote, false);
	}

	public int fieldCount() {
		return rawFields.size();
	}

	/** Field {@code index} trimmed of surrounding (Unicode) white space, or null when the record is shorter. */
	public String field(int index) {
		return index >= 0 && index < rawFields.size() ? WhiteSpace.strip(rawFields.get(index)) : null;
	}

	/** The record written back as one CSV line, quoting where RFC 4180 requires it. */
	public String raw() {
		return rawFields.stream().map(CsvLine::quote).collect(Collectors.joining(","));
	}

	private static String quote(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}

}
