package org.scorecard.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one XLSX sheet, streamed. A formula cell counts as its stored result and keeps its
 * formula; a filled-down shared formula, which Excel stores once, names the formula of its first
 * cell. Where the workbook asks to be recomputed on opening (as XlsxWriter and openpyxl write it),
 * or a formula has no stored result, the cell is {@link Cell.Kind#UNCOMPUTED}: its stored value,
 * if any, is a placeholder that no spreadsheet program ever showed.
 */
final class XlsxSheetReader implements SheetReader {

	/** Excel's limits: 1,048,576 rows and 16,384 columns (A to XFD). */
	static final int MAX_ROWS = 1_048_576;

	static final int MAX_COLUMNS = 16_384;

	private final InputStream in;

	private final XMLStreamReader sheet;

	private final List<String> sharedStrings;

	private final List<NumberFormats.Shows> styles;

	private final boolean date1904;

	private final boolean recomputedOnOpening;

	/** Shared formulas by their index: the formula and the cell that holds its text. */
	private final Map<String, String> sharedFormulas = new HashMap<>();

	private final String name;

	private int lastRowNumber;

	XlsxSheetReader(String name, InputStream in, List<String> sharedStrings, List<NumberFormats.Shows> styles,
			boolean date1904, boolean recomputedOnOpening) throws XMLStreamException {
		this.name = name;
		this.in = in;
		this.sheet = XlsxPackage.reader(in);
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = date1904;
		this.recomputedOnOpening = recomputedOnOpening;
	}

	@Override
	public SheetRow next() throws IOException {
		try {
			while (sheet.hasNext()) {
				int event = XlsxPackage.next(sheet);
				if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
					String r = sheet.getAttributeValue(null, "r");
					long number = r == null ? lastRowNumber + 1L : rowNumber(r);
					if (number < 1 || number > MAX_ROWS) {
						throw broken(org.scorecard.text.Message.of("xlsx.row.outside", "row", number, "max", MAX_ROWS));
					}
					if (number <= lastRowNumber) {
						throw broken(number == lastRowNumber ? org.scorecard.text.Message.of("xlsx.row.twice", "row", number)
								: org.scorecard.text.Message.of("xlsx.row.after", "row", number, "last", lastRowNumber));
					}
					lastRowNumber = (int) number;
					return readRow(lastRowNumber);
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.sheet.end", "sheet", name, "why", XlsxPackage.broken(ex)));
		}
	}

	/**
	 * A sheet's rows and cells must come in order, each once, as every spreadsheet program writes them;
	 * a file that breaks this was made by a faulty generator, and whichever cell won would be a guess.
	 */
	private UnreadableWorkbookException broken(org.scorecard.text.Message what) {
		return new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.sheet.broken", "sheet", name, "what", what));
	}

	private long rowNumber(String r) throws UnreadableWorkbookException {
		try {
			return Long.parseLong(r.strip());
		}
		catch (NumberFormatException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.row.not_number", "text", XlsxPackage.clip(r)));
		}
	}

	private SheetRow readRow(int number) throws XMLStreamException, IOException {
		Map<Integer, Cell> cells = new HashMap<>();
		int column = -1;
		int last = -1;
		while (sheet.hasNext()) {
			int event = XlsxPackage.next(sheet);
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
				String ref = sheet.getAttributeValue(null, "r");
				int next = ref == null ? column + 1 : column(ref);
				if (next <= column || next >= MAX_COLUMNS) {
					throw broken(next >= MAX_COLUMNS ? org.scorecard.text.Message.of("xlsx.cell.beyond", "row", number)
							: org.scorecard.text.Message.of("xlsx.cell.order", "cell", ref == null ? "#" + (next + 1) : ref, "row", number));
				}
				column = next;
				last = Math.max(last, column);
				Cell cell = readCell(ref, sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"));
				if (cell != null) {
					cells.put(column, cell);
				}
			}
		}
		return new SheetRow(number, cells, last + 1);
	}

	/** Reads a cell element up to its end: what it shows, or null for a cell without any. */
	private Cell readCell(String ref, String type, String style) throws XMLStreamException, IOException {
		String value = null;
		String formula = null;
		String sharedIndex = null;
		StringBuilder inline = null;
		while (sheet.hasNext()) {
			int event = XlsxPackage.next(sheet);
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (sheet.getLocalName()) {
					case "v" -> value = sheet.getElementText();
					case "f" -> {
						sharedIndex = "shared".equals(sheet.getAttributeValue(null, "t")) ? sheet.getAttributeValue(null, "si")
								: null;
						formula = sheet.getElementText();
					}
					case "t" -> {
						inline = inline == null ? new StringBuilder() : inline;
						inline.append(sheet.getElementText());
					}
					default -> {
						// rich text runs and phonetic hints: their <t> children are read above
					}
				}
			}
		}
		if (formula != null) {
			formula = formula(formula, sharedIndex, ref);
			if (recomputedOnOpening || value == null || (value.isEmpty() && !"str".equals(type))) {
				return new Cell(Cell.Kind.UNCOMPUTED, null, formula);
			}
		}
		Cell cell = value(type == null ? "n" : type, value, inline, style);
		return cell == null || formula == null ? cell : cell.withFormula(formula);
	}

	/** The formula's text; a filled-down shared formula names the one it repeats. */
	private String formula(String text, String sharedIndex, String ref) {
		if (sharedIndex == null) {
			return text;
		}
		if (!text.isBlank()) {
			sharedFormulas.put(sharedIndex, text + " (shared from " + (ref == null ? "?" : ref) + ")");
			return text;
		}
		return sharedFormulas.getOrDefault(sharedIndex, "(shared formula " + sharedIndex + ")");
	}

	private Cell value(String type, String value, StringBuilder inline, String style) throws IOException {
		return switch (type) {
			case "s" -> {
				if (value == null) {
					yield null;
				}
				int index = XlsxPackage.parseInt(value.strip(), "shared string index");
				if (index < 0 || index >= sharedStrings.size()) {
					throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.shared.index", "index", index,
							"count", sharedStrings.size()));
				}
				yield Cell.text(sharedStrings.get(index));
			}
			case "inlineStr" -> inline == null ? null : Cell.text(inline.toString());
			case "str" -> value == null ? null : Cell.text(value);
			case "d" -> value == null ? null : new Cell(Cell.Kind.DATE, isoDate(value.strip()), null);
			case "b" -> value == null ? null : new Cell(Cell.Kind.BOOLEAN,
					value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE", null);
			case "e" -> value == null ? null : new Cell(Cell.Kind.ERROR, value.strip(), null);
			default -> value == null || value.isBlank() ? null : number(value.strip(), style);
		};
	}

	private Cell number(String text, String style) throws UnreadableWorkbookException {
		double number;
		try {
			number = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.numeric", "text", XlsxPackage.clip(text)));
		}
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.numeric", "text", XlsxPackage.clip(text)));
		}
		int index = style == null ? 0 : XlsxPackage.parseInt(style, "style index");
		NumberFormats.Shows shows = index >= 0 && index < styles.size() ? styles.get(index) : NumberFormats.Shows.NUMBER;
		return CellValues.number(number, shows, date1904);
	}

	/** An ISO date cell ({@code t="d"}, Strict Open XML) as the other dates: no time part at midnight. */
	private static String isoDate(String text) {
		String date = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
		return date.endsWith("T00:00:00") ? date.substring(0, date.length() - 9) : date;
	}

	/** A cell reference's column, 0-based: {@code B5} is 1. */
	static int column(String reference) throws UnreadableWorkbookException {
		int column = 0;
		int i = 0;
		for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z' || i >= 3) {
				throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.reference", "text", XlsxPackage.clip(reference)));
			}
			column = column * 26 + (c - 'A' + 1);
		}
		if (i == 0) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.reference", "text", XlsxPackage.clip(reference)));
		}
		return column - 1;
	}

	@Override
	public void close() throws IOException {
		try {
			sheet.close();
		}
		catch (XMLStreamException ex) {
			// the stream is closed below either way
		}
		finally {
			in.close();
		}
	}

}
