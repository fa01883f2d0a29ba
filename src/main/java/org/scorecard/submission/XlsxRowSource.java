package org.scorecard.submission;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.scorecard.csv.CsvLine;

/**
 * The rows of an XLSX form as {@code scorecard template} writes it, read with {@link XlsxSheet}:
 * label rows ({@code Agency}, {@code Period}, {@code Submitted at}, {@code Prepared by}) found by their
 * labels, then a header row that begins with {@code Indicator}, then one row per indicator. A row
 * whose Value is empty was not reported and is not a row.
 */
final class XlsxRowSource implements RowSource {

	static final String AGENCY = "agency";

	static final String PERIOD = "period";

	static final String SUBMITTED_AT = "submitted at";

	private final SubmissionFile file;

	private final XlsxSheet sheet;

	private final Map<String, String> labels = new HashMap<>();

	private final Map<String, Integer> columns = new HashMap<>();

	private RawRow lookahead;

	XlsxRowSource(SubmissionFile file) throws IOException {
		this.file = file;
		// the zip is read at random places, so the whole file is checked against the scan first
		if (file.sha256() != null && !file.sha256().isEmpty()
				&& !Inbox.sha256(file.location()).equalsIgnoreCase(file.sha256())) {
			throw new UnreadableFileException("it changed while the run read it (its SHA-256 is no longer the one "
					+ "recorded when the inbox was scanned); run again once the file is complete");
		}
		try {
			this.sheet = XlsxSheet.open(file.location());
		}
		catch (XlsxSheet.BadWorkbookException ex) {
			throw new UnreadableFileException(ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("it is not a readable XLSX workbook (" + ex.getMessage() + ")");
		}
		try {
			readLabelsAndHeader();
		}
		catch (IOException | RuntimeException ex) {
			sheet.close();
			throw ex instanceof UnreadableFileException unreadable ? unreadable
					: new UnreadableFileException(ex.getMessage());
		}
	}

	private void readLabelsAndHeader() throws IOException {
		for (XlsxSheet.Row row = sheet.next(); row != null; row = sheet.next()) {
			String first = row.text(0);
			if (first == null || first.isEmpty()) {
				continue;
			}
			String label = first.toLowerCase(Locale.ROOT);
			if (label.equals("indicator")) {
				row.cells().entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.forEach(cell -> columns.putIfAbsent(cell.getValue().toLowerCase(Locale.ROOT), cell.getKey()));
				return;
			}
			labels.putIfAbsent(label, row.text(1));
		}
		throw new UnreadableFileException("its first sheet has no header row beginning with 'Indicator'");
	}

	@Override
	public boolean hasNext() {
		while (lookahead == null && nextRow()) {
			// nextRow sets lookahead when the row holds a value
		}
		return lookahead != null;
	}

	private boolean nextRow() {
		try {
			XlsxSheet.Row row = sheet.next();
			if (row == null) {
				return false;
			}
			String value = cell(row, "value");
			if (value == null || value.isEmpty()) {
				return true;
			}
			lookahead = toRawRow(row, value);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("it cannot be read to the end (" + ex.getMessage() + ")");
		}
	}

	private RawRow toRawRow(XlsxSheet.Row row, String value) {
		long line = row.number();
		String raw = rawText(row);
		List<String> missing = new ArrayList<>();
		for (String label : List.of(AGENCY, PERIOD, SUBMITTED_AT)) {
			if (!labels.containsKey(label)) {
				missing.add("'" + label + "'");
			}
		}
		if (!missing.isEmpty()) {
			return RawRow.malformed(file.fileId(), line, sheet.name(), raw,
					"the form lacks the label row(s) " + String.join(", ", missing));
		}
		return new RawRow(file.fileId(), line, sheet.name(), trim(labels.get(AGENCY)), trim(labels.get(PERIOD)),
				trim(cell(row, "indicator")), value, trim(cell(row, "unit")), trim(labels.get(SUBMITTED_AT)),
				trim(cell(row, "note")), raw, null);
	}

	@Override
	public RawRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRow row = lookahead;
		lookahead = null;
		return row;
	}

	private String cell(XlsxSheet.Row row, String column) {
		Integer index = columns.get(column);
		return index == null ? null : row.text(index);
	}

	private static String rawText(XlsxSheet.Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.lastCellNum(); i++) {
			String text = row.text(i);
			cells.add(text == null ? "" : text);
		}
		return new CsvLine(0, cells, false).raw();
	}

	private static String trim(String text) {
		return text == null ? null : text.strip();
	}

	@Override
	public void close() throws IOException {
		sheet.close();
	}

}
