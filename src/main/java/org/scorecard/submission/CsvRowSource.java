package org.scorecard.submission;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.scorecard.csv.CsvLine;
import org.scorecard.csv.CsvSource;
import org.scorecard.text.WhiteSpace;

/** The rows of a CSV submission: {@code agency,period,indicator,value,unit,submitted_at,note}. */
final class CsvRowSource implements RowSource {

	private static final List<String> REQUIRED = List.of("agency", "period", "indicator", "value", "submitted_at");

	private static final List<String> COLUMNS = List.of("agency", "period", "indicator", "value", "unit",
			"submitted_at", "note");

	private final SubmissionFile file;

	private final CsvSource csv;

	private final String missingColumns;

	private final int agency;

	private final int period;

	private final int indicator;

	private final int value;

	private final int unit;

	private final int submittedAt;

	private final int note;

	CsvRowSource(SubmissionFile file) throws IOException {
		this.file = file;
		try {
			this.csv = CsvSource.open(file.location(), file.sha256());
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.getMessage());
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
	private static String duplicateColumns(List<String> header) {
		for (String column : COLUMNS) {
			List<Integer> at = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).equalsIgnoreCase(column)) {
					at.add(i + 1);
				}
			}
			if (at.size() > 1) {
				return "the header has the column " + column + " " + at.size() + " times (columns "
						+ at.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
						+ "), so which one counts cannot be known";
			}
		}
		return null;
	}

	/**
	 * Why the header lacks columns, in words a data officer can act on: a file saved with semicolons or
	 * tabs between its fields (as Excel and LibreOffice do in locales that write decimals with a comma)
	 * has its whole header in one column.
	 */
	private static String missingColumns(List<String> header, List<String> missing) {
		String joined = String.join(",", header).toLowerCase(java.util.Locale.ROOT);
		for (String[] separator : List.of(new String[] { ";", "semicolons (;)" }, new String[] { "\t", "tabs" })) {
			List<String> split = List.of(joined.split(separator[0], -1));
			List<String> names = split.stream().map(f -> WhiteSpace.strip(f.replace("\"", ""))).toList();
			if (split.size() > 1 && names.containsAll(REQUIRED)) {
				return "the file's fields are separated by " + separator[1] + ", not commas: save it as CSV with "
						+ "commas (Excel: CSV UTF-8 (Comma delimited); LibreOffice: field delimiter ',')";
			}
		}
		return "the header lacks the required column(s) " + String.join(", ", missing);
	}

	@Override
	public boolean hasNext() {
		try {
			return csv.hasNext();
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.getMessage());
		}
	}

	@Override
	public RawRow next() {
		CsvLine line;
		try {
			line = csv.next();
		}
		catch (CsvSource.UnreadableCsvException ex) {
			throw new UnreadableFileException(ex.getMessage());
		}
		String raw = line.raw();
		if (missingColumns != null) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw, missingColumns);
		}
		if (line.unterminatedQuote()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					"a quote opened on this line is never closed, so the rest of the file cannot be read");
		}
		if (line.textAfterQuote()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					"text follows a closing quote (like \"5\"0), so the quoting of the row is broken");
		}
		if (line.fieldCount() != csv.header().size()) {
			return RawRow.malformed(file.fileId(), line.line(), 0, null, raw,
					"the row has " + line.fieldCount() + " fields but the header has " + csv.header().size());
		}
		return RawRow.csv(file.fileId(), line.line(), line.field(agency), line.field(period), line.field(indicator),
				line.field(value), line.field(unit), line.field(submittedAt), line.field(note), raw);
	}

	@Override
	public void close() throws IOException {
		csv.close();
	}

}
