package org.scorecard.submission;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.scorecard.csv.CsvLine;
import org.scorecard.csv.CsvSource;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.scorecard.text.WhiteSpace;

/** The rows of a CSV submission: {@code agency,period,indicator,value,unit,submitted_at,note}. */
final class CsvRowSource implements RowSource {

	private static final List<String> REQUIRED = List.of("agency", "period", "indicator", "value", "submitted_at");

	private static final List<String> COLUMNS = List.of("agency", "period", "indicator", "value", "unit",
			"submitted_at", "note");

	private final SubmissionFile file;

	private final CsvSource csv;

	private final Message missingColumns;

	private final int agency;

	private final int period;

	private final int indicator;

	private final int value;

	private final int unit;

	private final int submittedAt;

	private final int note;

	private final Messages messages;

	CsvRowSource(SubmissionFile file, Messages messages) throws IOException {
		this.file = file;
		this.messages = messages;
		try {
			this.csv = CsvSource.open(file.location(), file.sha256());
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.reason());
		}
		List<String> missing = new ArrayList<>();
		for (String column : REQUIRED) {
			if (csv.column(column) < 0) {
				missing.add(column);
			}
		}
		this.missingColumns = missing.isEmpty() ? duplicateColumns(csv.header()) : missingColumns(csv.header(), missing);
		this.agency = csv.column("agency");
		this.period = csv.column("period");
		this.indicator = csv.column("indicator");
		this.value = csv.column("value");
		this.unit = csv.column("unit");
		this.submittedAt = csv.column("submitted_at");
		this.note = csv.column("note");
	}

	/** Why the rows cannot be read when a column the rows are read by is in the header twice, or null. */
	private static Message duplicateColumns(List<String> header) {
		for (String column : COLUMNS) {
			List<Integer> at = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).equalsIgnoreCase(column)) {
					at.add(i + 1);
				}
			}
			if (at.size() > 1) {
				return Message.of("csv.column_twice", "column", column, "times", at.size(), "columns",
						at.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
			}
		}
		return null;
	}

	/**
	 * Why the header lacks columns, in words a data officer can act on: a file saved with semicolons or
	 * tabs between its fields (as Excel and LibreOffice do in locales that write decimals with a comma)
	 * has its whole header in one column.
	 */
	private static Message missingColumns(List<String> header, List<String> missing) {
		String joined = String.join(",", header).toLowerCase(java.util.Locale.ROOT);
		for (String[] separator : List.of(new String[] { ";", "csv.semicolons" }, new String[] { "\t", "csv.tabs" })) {
			List<String> split = List.of(joined.split(separator[0], -1));
			List<String> names = split.stream().map(f -> WhiteSpace.strip(f.replace("\"", ""))).toList();
			if (split.size() > 1 && names.containsAll(REQUIRED)) {
				return Message.of(separator[1]);
			}
		}
		return Message.of("csv.missing_columns", "columns", String.join(", ", missing));
	}

	@Override
	public boolean hasNext() {
		try {
			return csv.hasNext();
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.reason());
		}
	}

	@Override
	public RawRow next() {
		CsvLine line;
		try {
			line = csv.next();
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.reason());
		}
		String raw = line.raw();
		if (missingColumns != null) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw, missingColumns);
		}
		if (line.unterminatedQuote()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					Message.of("csv.unclosed_quote"));
		}
		if (line.textAfterQuote()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					Message.of("csv.text_after_quote"));
		}
		if (line.fieldCount() != csv.header().size()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					Message.of("csv.field_count", "count", line.fieldCount(), "header", csv.header().size()));
		}
		return RawRow.csv(file.fileId(), line.line(), line.field(agency), line.field(period), line.field(indicator),
				line.field(value), line.field(unit), line.field(submittedAt), line.field(note), raw);
	}

	@Override
	public void close() throws IOException {
		csv.close();
	}

}
