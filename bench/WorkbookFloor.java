import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook floor of issue 20: a plain Apache POI SXSSF write of the same cells and formulas as the
 * job's workbook, with the POI the scorecard jar embeds. The job's .xlsx is read back with the JDK's
 * StAX parser (every sheet, every cell: number, text or formula), once to time the reading alone and
 * once writing every cell into a new SXSSF workbook (sheets of the same names, one shared cell style
 * on every cell, formulas parsed by POI as the job's are); the floor is the second pass less the first.
 * Not copied: column widths, merged cells, conditional formats, validations, freeze panes, the About
 * texts' styles; so the floor is a little lower than any writer of the same workbook can reach.
 *
 * <pre>
 * WorkbookFloor WORKBOOK.xlsx SCRATCH.xlsx RESULT.properties
 * </pre>
 */
public class WorkbookFloor {

	/** One sheet of the workbook: its name and the zip entry of its XML. */
	record SheetPart(String name, String entry) {
	}

	/** What a pass found: sheets, rows and cells (numbers, texts, formulas). */
	static final class Counts {

		long rows;

		long cells;

		long formulas;

	}

	public static void main(String[] args) throws Exception {
		// JDK 24+ limit the text the StAX parser takes in one piece (100,000 characters); a sheet is larger
		System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
		System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
		System.setProperty("jdk.xml.entityExpansionLimit", "0");
		Path workbook = Path.of(args[0]);
		Path scratch = Path.of(args[1]);
		Path result = Path.of(args[2]);
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			List<SheetPart> sheets = sheets(zip);
			List<String> shared = sharedStrings(zip);
			// a first read and write unmeasured, so that both measured passes find the file in the page cache
			// and POI's code compiled (the floor is the best a plain write does)
			write(zip, sheets, shared, scratch);
			long t0 = System.nanoTime();
			Counts counts = read(zip, sheets, shared, null);
			double readS = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			write(zip, sheets, shared, scratch);
			double writeS = (System.nanoTime() - t1) / 1e9;
			double floor = writeS - readS;
			Properties p = new Properties();
			p.setProperty("wbfloor_s", Double.toString(floor));
			p.setProperty("wbfloor_read_s", Double.toString(readS));
			p.setProperty("wbfloor_sheets", Integer.toString(sheets.size()));
			p.setProperty("wbfloor_rows", Long.toString(counts.rows));
			p.setProperty("wbfloor_cells", Long.toString(counts.cells));
			p.setProperty("wbfloor_formulas", Long.toString(counts.formulas));
			p.setProperty("wbfloor_bytes", Long.toString(Files.size(scratch)));
			try (OutputStream o = Files.newOutputStream(result)) {
				p.store(o, null);
			}
			System.out.printf(Locale.ROOT,
					"plain SXSSF write of the workbook's %d sheets, %,d rows, %,d cells (%,d formulas): %.2f s "
							+ "(read and write %.2f s less reading alone %.2f s)%n",
					sheets.size(), counts.rows, counts.cells, counts.formulas, floor, writeS, readS);
			Files.deleteIfExists(scratch);
		}
	}

	/** Every cell read and written into a new SXSSF workbook, saved as {@code scratch}. */
	static void write(ZipFile zip, List<SheetPart> sheets, List<String> shared, Path scratch)
			throws IOException, XMLStreamException {
		try (SXSSFWorkbook out = new SXSSFWorkbook(100)) {
			CellStyle style = out.createCellStyle();
			Map<String, Sheet> targets = new LinkedHashMap<>();
			for (SheetPart part : sheets) {
				targets.put(part.entry(), out.createSheet(part.name()));
			}
			read(zip, sheets, shared, new Writer(targets, style));
			try (OutputStream file = Files.newOutputStream(scratch)) {
				out.write(file);
			}
		}
	}

	/** The sheets in workbook order, with the zip entries of their XML (from workbook.xml and its rels). */
	static List<SheetPart> sheets(ZipFile zip) throws IOException, XMLStreamException {
		Map<String, String> targets = new HashMap<>();
		try (InputStream in = zip.getInputStream(zip.getEntry("xl/_rels/workbook.xml.rels"))) {
			XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
			while (x.hasNext()) {
				if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
					String target = x.getAttributeValue(null, "Target");
					targets.put(x.getAttributeValue(null, "Id"),
							target.startsWith("/") ? target.substring(1) : "xl/" + target);
				}
			}
		}
		List<SheetPart> sheets = new ArrayList<>();
		try (InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
			XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
			while (x.hasNext()) {
				if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
					String id = null;
					for (int i = 0; i < x.getAttributeCount(); i++) {
						if (x.getAttributeLocalName(i).equals("id")) {
							id = x.getAttributeValue(i);
						}
					}
					sheets.add(new SheetPart(x.getAttributeValue(null, "name"), targets.get(id)));
				}
			}
		}
		return sheets;
	}

	static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
		if (entry == null) {
			return strings;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
			StringBuilder text = null;
			while (x.hasNext()) {
				int event = x.next();
				if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
					text = new StringBuilder();
				}
				else if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("t") && text != null) {
					text.append(x.getElementText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si")) {
					strings.add(text.toString());
					text = null;
				}
			}
		}
		return strings;
	}

	/** Where the cells read go: null to only read them. */
	static final class Writer {

		final Map<String, Sheet> sheets;

		final CellStyle style;

		Writer(Map<String, Sheet> sheets, CellStyle style) {
			this.sheets = sheets;
			this.style = style;
		}

	}

	/** Every cell of every sheet, read; written to {@code writer}'s sheets when it is given. */
	static Counts read(ZipFile zip, List<SheetPart> sheets, List<String> shared, Writer writer)
			throws IOException, XMLStreamException {
		Counts counts = new Counts();
		XMLInputFactory factory = XMLInputFactory.newFactory();
		for (SheetPart part : sheets) {
			Sheet sheet = writer == null ? null : writer.sheets.get(part.entry());
			try (InputStream in = zip.getInputStream(zip.getEntry(part.entry()))) {
				XMLStreamReader x = factory.createXMLStreamReader(in);
				Row row = null;
				String ref = null;
				String type = null;
				String value = null;
				String formula = null;
				StringBuilder inline = null;
				while (x.hasNext()) {
					int event = x.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						switch (x.getLocalName()) {
							case "row" -> {
								counts.rows++;
								if (sheet != null) {
									row = sheet.createRow(Integer.parseInt(x.getAttributeValue(null, "r")) - 1);
								}
							}
							case "c" -> {
								ref = x.getAttributeValue(null, "r");
								type = x.getAttributeValue(null, "t");
								value = null;
								formula = null;
								inline = null;
							}
							case "v" -> value = x.getElementText();
							case "f" -> formula = x.getElementText();
							case "is" -> inline = new StringBuilder();
							case "t" -> {
								if (inline != null) {
									inline.append(x.getElementText());
								}
							}
							default -> {
							}
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
						counts.cells++;
						if (formula != null) {
							counts.formulas++;
						}
						if (row != null) {
							write(row, ref, type, value, formula, inline, shared, writer.style);
						}
					}
				}
			}
		}
		return counts;
	}

	static void write(Row row, String ref, String type, String value, String formula, StringBuilder inline,
			List<String> shared, CellStyle style) {
		int column = 0;
		for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
			column = column * 26 + (ref.charAt(i) - 'A' + 1);
		}
		Cell cell = row.createCell(column - 1);
		cell.setCellStyle(style);
		if (formula != null) {
			cell.setCellFormula(formula);
		}
		else if (inline != null) {
			cell.setCellValue(inline.toString());
		}
		else if ("s".equals(type) && value != null) {
			cell.setCellValue(shared.get(Integer.parseInt(value)));
		}
		else if ("b".equals(type)) {
			cell.setCellValue("1".equals(value));
		}
		else if ("str".equals(type) || "inlineStr".equals(type) || "e".equals(type)) {
			cell.setCellValue(value == null ? "" : value);
		}
		else if (value != null && !value.isEmpty()) {
			cell.setCellValue(Double.parseDouble(value));
		}
	}

}
