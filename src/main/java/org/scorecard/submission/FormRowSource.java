package org.scorecard.submission;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.scorecard.csv.CsvLine;
import org.scorecard.spreadsheet.Cell;
import org.scorecard.spreadsheet.SheetEntry;
import org.scorecard.spreadsheet.SheetReader;
import org.scorecard.spreadsheet.SheetRow;
import org.scorecard.spreadsheet.Workbook;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.scorecard.text.WhiteSpace;

/**
 * The rows of every form sheet of a workbook, sheet after sheet in tab order. A form sheet is a
 * visible worksheet with label rows ({@code Agency}, {@code Period}, {@code Submitted at}, found by
 * their label in column A, the value in column B) and then a header row beginning with
 * {@code Indicator} that has a {@code Value} column; each sheet has its own labels, so a ministry may
 * send one sheet per department. Hidden sheets, chart sheets and sheets without that layout are
 * skipped, each with its reason ({@link #sheets()}); a workbook without any form sheet is unreadable.
 * A row whose Value is empty was not reported and is not a row.
 */
final class FormRowSource implements RowSource {

	static final String AGENCY = "agency";

	static final String PERIOD = "period";

	static final String SUBMITTED_AT = "submitted at";

	/** The columns and labels rows are read by: one of them twice makes every row of the sheet malformed. */
	private static final List<String> KNOWN = List.of("indicator", "unit", "value", "note", AGENCY, PERIOD, SUBMITTED_AT);

	/**
	 * The labels and columns of the form sheet being read; {@code malformed} says why its rows cannot be
	 * read (a label or column twice), or is null.
	 */
	private record Form(SheetEntry sheet, Map<String, Cell> labels, Map<String, Integer> columns, Message malformed) {

		Integer column(String name) {
			return columns.get(name);
		}

	}

	private final SubmissionFile file;

	private final Workbook workbook;

	private final List<SheetOutcome> outcomes = new ArrayList<>();

	private int nextSheet;

	private SheetReader reader;

	private Form form;

	private long rowsInSheet;

	private RawRow lookahead;

	private final Messages messages;

	FormRowSource(SubmissionFile file, Workbook workbook, Messages messages) {
		this.file = file;
		this.workbook = workbook;
		this.messages = messages;
	}

	/** What became of each sheet so far; complete once {@link #hasNext()} has answered false. */
	@Override
	public List<SheetOutcome> sheets() {
		return List.copyOf(outcomes);
	}

	@Override
	public boolean hasNext() {
		try {
			while (lookahead == null) {
				if (reader == null && !openNextForm()) {
					return false;
				}
				SheetRow row = reader.next();
				if (row == null) {
					outcomes.add(SheetOutcome.read(form.sheet().position(), form.sheet().name(), rowsInSheet));
					closeSheet();
					continue;
				}
				Cell value = cell(row, "value");
				if (value != null && !value.isEmpty()) {
					lookahead = toRawRow(row, value);
				}
			}
			return true;
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (org.scorecard.spreadsheet.UnreadableWorkbookException ex) {
			throw new UnreadableFileException(ex.reason());
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException(Message.of("workbook.unreadable", "detail", ex.getMessage()));
		}
	}

	@Override
	public RawRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRow row = lookahead;
		lookahead = null;
		rowsInSheet++;
		return row;
	}

	/** Opens the next form sheet, recording the sheets skipped on the way; false after the last. */
	private boolean openNextForm() throws IOException {
		List<SheetEntry> sheets = workbook.sheets();
		while (nextSheet < sheets.size()) {
			SheetEntry sheet = sheets.get(nextSheet++);
			if (!sheet.worksheet()) {
				outcomes.add(SheetOutcome.skipped(sheet.position(), sheet.name(), messages.format("sheet.chart")));
				continue;
			}
			if (sheet.hidden()) {
				outcomes.add(SheetOutcome.skipped(sheet.position(), sheet.name(), messages.format("sheet.hidden")));
				continue;
			}
			reader = workbook.open(sheet);
			String problem = readLabelsAndHeader(sheet);
			if (problem == null) {
				rowsInSheet = 0;
				return true;
			}
			closeSheet();
			outcomes.add(SheetOutcome.skipped(sheet.position(), sheet.name(), problem));
		}
		if (outcomes.stream().noneMatch(SheetOutcome::read)) {
			throw new UnreadableFileException(Message.of("form.none", "sheets",
					outcomes.stream().map(o -> o.describe(messages)).collect(Collectors.joining("; "))));
		}
		return false;
	}

	/** Reads up to the header row; null when the sheet is a form, else why it is none. */
	private String readLabelsAndHeader(SheetEntry sheet) throws IOException {
		Map<String, Cell> labels = new HashMap<>();
		Message malformed = null;
		for (SheetRow row = reader.next(); row != null; row = reader.next()) {
			String first = label(row.text(0));
			if (first.isEmpty()) {
				continue;
			}
			if (first.equals("indicator")) {
				Map<String, Integer> columns = new HashMap<>();
				for (Map.Entry<Integer, Cell> cell : new java.util.TreeMap<>(row.cells()).entrySet()) {
					String name = label(cell.getValue().text());
					if (columns.putIfAbsent(name, cell.getKey()) != null && KNOWN.contains(name) && malformed == null) {
						malformed = Message.of("form.column_twice", "row", row.number(), "column", name);
					}
				}
				if (!columns.containsKey("value")) {
					return messages.format("sheet.no_value_column", "row", row.number());
				}
				form = new Form(sheet, labels, columns, malformed);
				return null;
			}
			Cell value = row.cell(1);
			if (labels.putIfAbsent(first, value == null ? Cell.text("") : value) != null && KNOWN.contains(first)
					&& malformed == null) {
				malformed = Message.of("form.label_twice", "label", first, "row", row.number());
			}
		}
		return messages.format("sheet.no_header");
	}

	/** A label or column name as it is matched: trimmed, lower case, without a trailing colon. */
	private static String label(String text) {
		String label = WhiteSpace.strip(text == null ? "" : text).toLowerCase(Locale.ROOT);
		return label.endsWith(":") ? WhiteSpace.strip(label.substring(0, label.length() - 1)) : label;
	}

	private RawRow toRawRow(SheetRow row, Cell value) {
		SheetEntry sheet = form.sheet();
		String raw = rawText(row);
		List<String> missing = new ArrayList<>();
		for (String label : List.of(AGENCY, PERIOD, SUBMITTED_AT)) {
			if (!form.labels().containsKey(label)) {
				missing.add("'" + label + "'");
			}
		}
		if (!missing.isEmpty()) {
			return RawRow.malformed(file.fileId(), row.number(), sheet.position(), sheet.name(), raw,
					Message.of("form.missing_labels", "labels", String.join(", ", missing)));
		}
		if (form.malformed() != null) {
			return RawRow.malformed(file.fileId(), row.number(), sheet.position(), sheet.name(), raw, form.malformed());
		}
		return new RawRow(file.fileId(), row.number(), sheet.position(), sheet.name(), labelText(AGENCY),
				labelText(PERIOD), text(cell(row, "indicator")), text(value), value.kind(),
				value.kind() == Cell.Kind.UNCOMPUTED ? null : value.formula(), text(cell(row, "unit")),
				labelText(SUBMITTED_AT), text(cell(row, "note")), raw, null);
	}

	private String labelText(String label) {
		return text(form.labels().get(label));
	}

	/** A cell's text, trimmed; a formula without a result shows as its formula. */
	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.kind() == Cell.Kind.UNCOMPUTED) {
			return "=" + cell.formula();
		}
		return WhiteSpace.strip(cell.text());
	}

	private Cell cell(SheetRow row, String column) {
		Integer index = form.column(column);
		return index == null ? null : row.cell(index);
	}

	/** The row's cells as shown (formulas with their results), joined as one CSV line. */
	private static String rawText(SheetRow row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.lastCellNum(); i++) {
			Cell cell = row.cell(i);
			String shown = cell == null ? null : cell.shown();
			cells.add(shown == null ? "" : shown);
		}
		return new CsvLine(0, cells, false).raw();
	}

	private void closeSheet() throws IOException {
		if (reader != null) {
			try {
				reader.close();
			}
			finally {
				reader = null;
				form = null;
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			closeSheet();
		}
		finally {
			workbook.close();
		}
	}

}
