package org.scorecard.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.scorecard.submission.FileKind;

/**
 * Coverage-guided fuzzing of XLSX submissions: the fuzzer writes the workbook's parts (sheet, shared
 * strings, styles, workbook) as text, or the whole file as bytes, and the form must give what
 * {@link FuzzWorkspace} requires, as for CSV.
 */
class XlsxFuzzTests {

	static FuzzWorkspace work;

	@BeforeAll
	static void workspace() throws IOException {
		work = FuzzWorkspace.create("xlsx-fuzz");
	}

	/** Jazzer's own driver (hardening/fuzz.sh): set up once. */
	public static void fuzzerInitialize() throws IOException {
		workspace();
	}

	/** Jazzer's own driver: one input. */
	public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
		new XlsxFuzzTests().anyWorkbookIsRowsWithAnOutcomeOrAnUnreadableFile(data);
	}

	@FuzzTest(maxDuration = "20s")
	void anyWorkbookIsRowsWithAnOutcomeOrAnUnreadableFile(FuzzedDataProvider data) throws IOException {
		if (data.consumeBoolean()) {
			work.check("fuzz.xlsx", FileKind.XLSX, data.consumeRemainingAsBytes());
		}
		else {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				part(zip, "xl/workbook.xml", data.consumeBoolean() ? data.consumeString(300)
						: "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
								+ "<workbookPr date1904=\"" + data.consumeBoolean() + "\"/><sheets><sheet name=\"F\" r:id=\"rId1\"/>"
								+ "</sheets></workbook>");
				part(zip, "xl/_rels/workbook.xml.rels",
						"<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
				part(zip, "xl/sharedStrings.xml", "<sst>" + data.consumeString(200) + "</sst>");
				part(zip, "xl/styles.xml", "<styleSheet>" + data.consumeString(200) + "</styleSheet>");
				part(zip, "xl/worksheets/sheet1.xml", "<worksheet><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Agency</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>HN</t></is></c></row>"
						+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Period</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2026-10</t></is></c></row>"
						+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Submitted at</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>2026-11-03</t></is></c></row>"
						+ "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Indicator</t></is></c><c r=\"B4\" t=\"inlineStr\"><is><t>Value</t></is></c></row>"
						+ data.consumeRemainingAsString() + "</sheetData></worksheet>");
			}
			work.check("fuzz.xlsx", FileKind.XLSX, bytes.toByteArray());
		}
	}

	private static void part(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
