package org.scorecard.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An XLSX (or XLSM: its macros are never run) read straight from the zip with StAX: no object
 * model, no temporary files. It reads what a form needs (the sheets and whether they are hidden,
 * shared strings, what each cell style's number format shows, the 1904 date system, whether the
 * workbook asks to be recomputed on opening) and refuses what a hostile file could use (see
 * {@link XlsxPackage}); shared strings may hold at most {@value #MAX_SHARED_CHARS} characters.
 */
final class XlsxWorkbook implements Workbook {

	static final long MAX_SHARED_CHARS = 16L * 1024 * 1024;

	private record Part(String target, String type) {
	}

	private final XlsxPackage zip;

	private final List<SheetEntry> sheets = new ArrayList<>();

	private final List<String> sheetParts = new ArrayList<>();

	private final List<String> sharedStrings;

	private final List<NumberFormats.Shows> styles;

	private boolean date1904;

	/** XlsxWriter and openpyxl write formulas with no result (or a 0) and ask for this. */
	private boolean recomputedOnOpening;

	private XlsxWorkbook(Path file) throws IOException {
		this.zip = new XlsxPackage(file);
		try {
			readWorkbook(readRelationships());
			this.sharedStrings = readSharedStrings();
			this.styles = readStyles();
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
		catch (XMLStreamException ex) {
			zip.close();
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.unreadable", "why", XlsxPackage.broken(ex)));
		}
	}

	static XlsxWorkbook open(Path file) throws IOException {
		return new XlsxWorkbook(file);
	}

	@Override
	public List<SheetEntry> sheets() {
		return sheets;
	}

	@Override
	public SheetReader open(SheetEntry sheet) throws IOException {
		String part = sheetParts.get(sheet.position() - 1);
		InputStream in = zip.open(part);
		if (in == null) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.sheet.missing", "sheet", sheet.name(), "part", part));
		}
		try {
			return new XlsxSheetReader(sheet.name(), in, sharedStrings, styles, date1904, recomputedOnOpening);
		}
		catch (XMLStreamException ex) {
			in.close();
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.sheet.unreadable", "sheet", sheet.name(),
					"why", XlsxPackage.broken(ex)));
		}
	}

	private Map<String, Part> readRelationships() throws IOException, XMLStreamException {
		Map<String, Part> parts = new HashMap<>();
		try (InputStream in = zip.open("xl/_rels/workbook.xml.rels")) {
			if (in != null) {
				XMLStreamReader xml = XlsxPackage.reader(in);
				while (xml.hasNext()) {
					int event = XlsxPackage.next(xml);
					if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
							&& xml.getAttributeValue(null, "Id") != null && xml.getAttributeValue(null, "Target") != null) {
						String target = xml.getAttributeValue(null, "Target");
						String type = xml.getAttributeValue(null, "Type");
						parts.put(xml.getAttributeValue(null, "Id"),
								new Part(target.startsWith("/") ? target.substring(1) : "xl/" + target, type == null ? "" : type));
					}
				}
			}
		}
		return parts;
	}

	private void readWorkbook(Map<String, Part> parts) throws IOException, XMLStreamException {
		try (InputStream in = zip.open("xl/workbook.xml")) {
			if (in == null) {
				throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.no_workbook"));
			}
			XMLStreamReader xml = XlsxPackage.reader(in);
			while (xml.hasNext()) {
				if (XlsxPackage.next(xml) != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "workbookPr" -> date1904 = isTrue(xml.getAttributeValue(null, "date1904"));
					case "calcPr" -> recomputedOnOpening = isTrue(xml.getAttributeValue(null, "fullCalcOnLoad"));
					case "sheet" -> addSheet(xml, parts);
					default -> {
					}
				}
			}
		}
		if (sheets.isEmpty()) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.no_sheet"));
		}
	}

	private void addSheet(XMLStreamReader xml, Map<String, Part> parts) throws UnreadableWorkbookException {
		String name = xml.getAttributeValue(null, "name");
		String relationship = null;
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
				relationship = xml.getAttributeValue(i);
			}
		}
		Part part = relationship == null ? null : parts.get(relationship);
		if (part == null) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.sheet.not_found", "sheet",
					name == null ? "" : XlsxPackage.clip(name), "relationship", relationship));
		}
		String state = xml.getAttributeValue(null, "state");
		String kind = (part.type() + " " + part.target()).toLowerCase(Locale.ROOT);
		boolean worksheet = !kind.contains("chartsheet") && !kind.contains("dialogsheet") && !kind.contains("macrosheet");
		sheets.add(new SheetEntry(sheets.size() + 1, name == null ? "" : name,
				state != null && !state.equalsIgnoreCase("visible"), worksheet));
		sheetParts.add(part.target());
	}

	private List<String> readSharedStrings() throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		try (InputStream in = zip.open("xl/sharedStrings.xml")) {
			if (in == null) {
				return strings;
			}
			XMLStreamReader xml = XlsxPackage.reader(in);
			StringBuilder current = null;
			long chars = 0;
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = XlsxPackage.next(xml);
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
									throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.shared.large",
											"max", MAX_SHARED_CHARS));
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

	/** For each cell style (cellXfs, in order) what its number format shows. */
	private List<NumberFormats.Shows> readStyles() throws IOException, XMLStreamException {
		Map<Integer, String> formats = new HashMap<>();
		List<Integer> styleFormats = new ArrayList<>();
		try (InputStream in = zip.open("xl/styles.xml")) {
			if (in == null) {
				return List.of();
			}
			XMLStreamReader xml = XlsxPackage.reader(in);
			boolean inCellXfs = false;
			while (xml.hasNext()) {
				int event = XlsxPackage.next(xml);
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "numFmt" -> {
							String id = xml.getAttributeValue(null, "numFmtId");
							if (id != null) {
								formats.put(XlsxPackage.parseInt(id, "number format id"),
										xml.getAttributeValue(null, "formatCode"));
							}
						}
						case "cellXfs" -> inCellXfs = true;
						case "xf" -> {
							if (inCellXfs) {
								String id = xml.getAttributeValue(null, "numFmtId");
								styleFormats.add(id == null ? 0 : XlsxPackage.parseInt(id, "number format id"));
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
		List<NumberFormats.Shows> shows = new ArrayList<>(styleFormats.size());
		for (int id : styleFormats) {
			shows.add(NumberFormats.of(id, formats.get(id)));
		}
		return shows;
	}

	private static boolean isTrue(String value) {
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

}
