package org.scorecard.submission;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The first sheet of an XLSX workbook, read row by row straight from the zip with StAX: no object
 * model, no temporary files. It reads only what a submission form needs (shared strings, which
 * cell styles are dates, the 1904 date system, the first sheet's cells) and refuses what a hostile
 * file could use: a DOCTYPE (no entity is ever expanded), an entry that inflates beyond
 * {@value #MAX_ENTRY_BYTES} bytes or more than {@value #MAX_RATIO} times its compressed size (a zip
 * bomb), and shared strings beyond {@value #MAX_SHARED_CHARS} characters. Cell text follows what
 * Excel shows: numbers exactly ({@code 0.1} stays {@code 0.1}), date-formatted numbers as ISO dates
 * or date-times, booleans as {@code TRUE}/{@code FALSE}, formulas as {@code =} and their text,
 * error cells as their error ({@code #DIV/0!}), so that a broken Value is rejected, not skipped.
 */
final class XlsxSheet implements Closeable {

	static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

	static final long MAX_RATIO = 200;

	static final long MAX_SHARED_CHARS = 16L * 1024 * 1024;

	private static final XMLInputFactory XML = factory();

	/** One row: its 1-based number and the text of each cell present (null where a cell has none). */
	record Row(int number, Map<Integer, String> cells, int lastCellNum) {

		String text(int column) {
			return cells.get(column);
		}

	}

	/** The workbook cannot be read; the message says why in a clerk's words. */
	static final class BadWorkbookException extends IOException {

		BadWorkbookException(String message) {
			super(message);
		}

	}

	private final ZipFile zip;

	private final String sheetName;

	private final List<String> sharedStrings;

	private final List<Boolean> dateStyles;

	private final boolean date1904;

	private final InputStream sheetStream;

	private final XMLStreamReader sheet;

	private int lastRowNumber;

	private XlsxSheet(Path file) throws IOException {
		try {
			this.zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new BadWorkbookException("it is not an XLSX workbook (not a zip archive)");
		}
		try {
			Workbook workbook = readWorkbook();
			this.sheetName = workbook.sheetName();
			this.date1904 = workbook.date1904();
			this.sharedStrings = readSharedStrings();
			this.dateStyles = readDateStyles();
			this.sheetStream = open(workbook.sheetPath());
			if (sheetStream == null) {
				throw new BadWorkbookException("its first sheet (" + workbook.sheetPath() + ") is missing");
			}
			this.sheet = reader(sheetStream);
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
		catch (XMLStreamException ex) {
			zip.close();
			throw new BadWorkbookException("its XML cannot be read (" + ex.getMessage() + ")");
		}
	}

	static XlsxSheet open(Path file) throws IOException {
		return new XlsxSheet(file);
	}

	String name() {
		return sheetName;
	}

	/** The next row with at least one cell element, or null at the end of the sheet. */
	Row next() throws IOException {
		try {
			while (sheet.hasNext()) {
				int event = next(sheet);
				if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
					String r = sheet.getAttributeValue(null, "r");
					int number = r == null ? lastRowNumber + 1 : parseInt(r, "row number");
					lastRowNumber = number;
					return readRow(number);
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw new BadWorkbookException("its sheet cannot be read to the end (" + ex.getMessage() + ")");
		}
	}

	private Row readRow(int number) throws XMLStreamException, IOException {
		Map<Integer, String> cells = new HashMap<>();
		int column = -1;
		int last = -1;
		while (sheet.hasNext()) {
			int event = next(sheet);
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
				String ref = sheet.getAttributeValue(null, "r");
				column = ref == null ? column + 1 : column(ref);
				last = Math.max(last, column);
				String text = readCell(sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"));
				if (text != null) {
					cells.put(column, text);
				}
			}
		}
		return new Row(number, cells, last + 1);
	}

	/** Reads a cell element up to its end and gives its text as Excel shows it. */
	private String readCell(String type, String style) throws XMLStreamException, IOException {
		String value = null;
		String formula = null;
		StringBuilder inline = null;
		while (sheet.hasNext()) {
			int event = next(sheet);
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (sheet.getLocalName()) {
					case "v" -> value = sheet.getElementText();
					case "f" -> formula = sheet.getElementText();
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
			return "=" + formula;
		}
		String t = type == null ? "n" : type;
		return switch (t) {
			case "s" -> {
				if (value == null) {
					yield null;
				}
				int index = parseInt(value.strip(), "shared string index");
				if (index < 0 || index >= sharedStrings.size()) {
					throw new BadWorkbookException("a cell refers to shared string " + index + " of "
							+ sharedStrings.size());
				}
				yield sharedStrings.get(index).strip();
			}
			case "inlineStr" -> inline == null ? null : inline.toString().strip();
			case "str", "d" -> value == null ? null : value.strip();
			case "b" -> value == null ? null : (value.strip().equals("1") || value.strip().equalsIgnoreCase("true"))
					? "TRUE" : "FALSE";
			case "e" -> value == null ? null : value.strip();
			default -> value == null || value.isBlank() ? null : number(value.strip(), style);
		};
	}

	private String number(String text, String style) throws BadWorkbookException {
		double number;
		try {
			number = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new BadWorkbookException("a numeric cell holds '" + clip(text) + "'");
		}
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			throw new BadWorkbookException("a numeric cell holds '" + clip(text) + "'");
		}
		if (style != null && isDateStyle(parseInt(style, "style index")) && DateUtil.isValidExcelDate(number)) {
			LocalDateTime date = DateUtil.getLocalDateTime(number, date1904);
			return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
		}
		return new BigDecimal(NumberToTextConverter.toText(number)).toPlainString();
	}

	private boolean isDateStyle(int index) {
		return index >= 0 && index < dateStyles.size() && dateStyles.get(index);
	}

	private record Workbook(String sheetName, String sheetPath, boolean date1904) {
	}

	private Workbook readWorkbook() throws IOException, XMLStreamException {
		String name = null;
		String relationship = null;
		boolean date1904 = false;
		try (InputStream in = open("xl/workbook.xml")) {
			if (in == null) {
				throw new BadWorkbookException("it is not an XLSX workbook (xl/workbook.xml is missing)");
			}
			XMLStreamReader xml = reader(in);
			while (xml.hasNext()) {
				int event = next(xml);
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (xml.getLocalName().equals("workbookPr")) {
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
				}
				else if (xml.getLocalName().equals("sheet") && name == null) {
					name = xml.getAttributeValue(null, "name");
					for (int i = 0; i < xml.getAttributeCount(); i++) {
						if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
							relationship = xml.getAttributeValue(i);
						}
					}
				}
			}
		}
		if (name == null || relationship == null) {
			throw new BadWorkbookException("it has no sheet");
		}
		return new Workbook(name, sheetPath(relationship), date1904);
	}

	private String sheetPath(String relationship) throws IOException, XMLStreamException {
		try (InputStream in = open("xl/_rels/workbook.xml.rels")) {
			if (in != null) {
				XMLStreamReader xml = reader(in);
				while (xml.hasNext()) {
					int event = next(xml);
					if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
							&& relationship.equals(xml.getAttributeValue(null, "Id"))) {
						String target = xml.getAttributeValue(null, "Target");
						if (target != null) {
							return target.startsWith("/") ? target.substring(1) : "xl/" + target;
						}
					}
				}
			}
		}
		throw new BadWorkbookException("its first sheet cannot be found (relationship " + relationship + ")");
	}

	private List<String> readSharedStrings() throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = open("xl/sharedStrings.xml")) {
			if (in == null) {
				return strings;
			}
			XMLStreamReader xml = reader(in);
			StringBuilder current = null;
			long chars = 0;
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = next(xml);
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "si" -> current = new StringBuilder();
						case "rPh" -> phonetic++;
						case "t" -> {
							String text = xml.getElementText();
							if (current != null && phonetic == 0) {
								current.append(text);
								chars += text.length();
								if (chars > MAX_SHARED_CHARS) {
									throw new BadWorkbookException("its shared strings exceed " + MAX_SHARED_CHARS
											+ " characters");
								}
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (xml.getLocalName().equals("rPh")) {
						phonetic--;
					}
					else if (xml.getLocalName().equals("si") && current != null) {
						strings.add(current.toString());
						current = null;
					}
				}
			}
		}
		return strings;
	}

	/** For each cell style (cellXfs, in order) whether its number format shows a date. */
	private List<Boolean> readDateStyles() throws IOException, XMLStreamException {
		Map<Integer, String> formats = new HashMap<>();
		List<Integer> styleFormats = new ArrayList<>();
		try (InputStream in = open("xl/styles.xml")) {
			if (in == null) {
				return List.of();
			}
			XMLStreamReader xml = reader(in);
			boolean inCellXfs = false;
			while (xml.hasNext()) {
				int event = next(xml);
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "numFmt" -> {
							String id = xml.getAttributeValue(null, "numFmtId");
							if (id != null) {
								formats.put(parseInt(id, "number format id"), xml.getAttributeValue(null, "formatCode"));
							}
						}
						case "cellXfs" -> inCellXfs = true;
						case "xf" -> {
							if (inCellXfs) {
								String id = xml.getAttributeValue(null, "numFmtId");
								styleFormats.add(id == null ? 0 : parseInt(id, "number format id"));
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
					inCellXfs = false;
				}
			}
		}
		List<Boolean> dates = new ArrayList<>(styleFormats.size());
		for (int id : styleFormats) {
			String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
			dates.add(code != null && DateUtil.isADateFormat(id, code));
		}
		return dates;
	}

	/** An entry's content, inflated under the size and ratio limits; null when the entry is absent. */
	private InputStream open(String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		long compressed = Math.max(entry.getCompressedSize(), 1);
		return new FilterInputStream(zip.getInputStream(entry)) {

			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) throws BadWorkbookException {
				read += n;
				if (read > MAX_ENTRY_BYTES || (read > 1024 * 1024 && read > compressed * MAX_RATIO)) {
					throw new BadWorkbookException("its part " + name + " inflates to more than "
							+ (read > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES + " bytes" : MAX_RATIO + " times its packed size")
							+ " (a zip bomb?)");
				}
			}

		};
	}

	private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		return XML.createXMLStreamReader(in);
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/** The next event; a DOCTYPE anywhere is refused, so no entity is ever declared or expanded. */
	private static int next(XMLStreamReader xml) throws XMLStreamException, BadWorkbookException {
		int event = xml.next();
		if (event == XMLStreamConstants.DTD) {
			throw doctype();
		}
		return event;
	}

	private static BadWorkbookException doctype() {
		return new BadWorkbookException("it contains a DOCTYPE declaration, which a workbook never needs and which "
				+ "is refused (external entities)");
	}

	/** A cell reference's column, 0-based: {@code B5} is 1. */
	static int column(String reference) throws BadWorkbookException {
		int column = 0;
		int i = 0;
		for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			char c = Character.toUpperCase(reference.charAt(i));
			if (c < 'A' || c > 'Z' || i >= 3) {
				throw new BadWorkbookException("a cell has the reference '" + clip(reference) + "'");
			}
			column = column * 26 + (c - 'A' + 1);
		}
		if (i == 0) {
			throw new BadWorkbookException("a cell has the reference '" + clip(reference) + "'");
		}
		return column - 1;
	}

	private static int parseInt(String text, String what) throws BadWorkbookException {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadWorkbookException("its " + what + " '" + clip(text) + "' is not a number");
		}
	}

	private static String clip(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

	@Override
	public void close() throws IOException {
		try {
			sheet.close();
		}
		catch (XMLStreamException ex) {
			// the zip is closed below either way
		}
		finally {
			sheetStream.close();
			zip.close();
		}
	}

}
