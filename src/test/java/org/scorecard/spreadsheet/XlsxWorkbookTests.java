package org.scorecard.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean XLSX reader against workbooks written by POI (as Excel would write them) and against
 * hand-made archives a hostile sender could produce.
 */
class XlsxWorkbookTests {

	@TempDir
	Path dir;

	@Test
	void shouldReadCellsAsExcelShowsThem() throws IOException {
		Path file = dir.resolve("cells.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Biểu mẫu");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			CellStyle dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			Row first = sheet.createRow(0);
			first.createCell(0).setCellValue("  Hà Nội ");
			first.createCell(1).setCellValue(0.1);
			first.createCell(2).setCellValue(1506.14);
			first.createCell(3).setCellValue(true);
			first.createCell(4).setCellFormula("B1*2");
			first.createCell(5).setCellValue(LocalDateTime.of(2026, 10, 31, 0, 0));
			first.getCell(5).setCellStyle(date);
			first.createCell(6).setCellValue(LocalDateTime.of(2026, 11, 3, 8, 30));
			first.getCell(6).setCellStyle(dateTime);
			first.createCell(7).setCellValue(new XSSFRichTextString("Đắk Lắk"));
			first.createCell(9).setCellValue(12345678901234L);
			Row third = sheet.createRow(2);
			third.createCell(1).setCellValue("-0");
			workbook.write(out);
		}
		try (Workbook workbook = Workbook.open(file); SheetReader sheet = workbook.open(workbook.sheets().get(0))) {
			assertThat(workbook.sheets()).containsExactly(new SheetEntry(1, "Biểu mẫu", false, true));
			SheetRow row = sheet.next();
			assertThat(row.number()).isEqualTo(1);
			assertThat(row.text(0)).isEqualTo("  Hà Nội ");
			assertThat(row.cell(1)).isEqualTo(new Cell(Cell.Kind.NUMBER, "0.1", null));
			assertThat(row.text(2)).isEqualTo("1506.14");
			assertThat(row.cell(3)).isEqualTo(new Cell(Cell.Kind.BOOLEAN, "TRUE", null));
			// POI writes a formula without its result, as openpyxl does: nothing to show but the formula
			assertThat(row.cell(4)).isEqualTo(new Cell(Cell.Kind.UNCOMPUTED, null, "B1*2"));
			assertThat(row.cell(5)).isEqualTo(new Cell(Cell.Kind.DATE, "2026-10-31", null));
			assertThat(row.text(6)).isEqualTo("2026-11-03T08:30");
			assertThat(row.text(7)).isEqualTo("Đắk Lắk");
			assertThat(row.text(8)).isNull();
			assertThat(row.text(9)).isEqualTo("12345678901234");
			assertThat(row.lastCellNum()).isEqualTo(10);
			SheetRow next = sheet.next();
			assertThat(next.number()).isEqualTo(3);
			assertThat(next.text(1)).isEqualTo("-0");
			assertThat(sheet.next()).isNull();
		}
	}

	@Test
	void shouldReadInlineStringsAndCellsWithoutReferences() throws IOException {
		Path file = workbook("inline.xlsx", Map.of("xl/worksheets/sheet1.xml", """
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
				<row><c t="inlineStr"><is><r><t>Lào </t></r><r><t>Cai</t></r></is></c><c><v>42</v></c><c t="e"><v>#DIV/0!</v></c></row>
				<row><c r="C2" t="b"><v>0</v></c></row>
				</sheetData></worksheet>"""));
		try (SheetReader sheet = first(file)) {
			SheetRow row = sheet.next();
			assertThat(row.number()).isEqualTo(1);
			assertThat(row.text(0)).isEqualTo("Lào Cai");
			assertThat(row.text(1)).isEqualTo("42");
			assertThat(row.cell(2)).isEqualTo(new Cell(Cell.Kind.ERROR, "#DIV/0!", null));
			assertThat(row.lastCellNum()).isEqualTo(3);
			SheetRow second = sheet.next();
			assertThat(second.number()).isEqualTo(2);
			assertThat(second.text(2)).isEqualTo("FALSE");
		}
	}

	@Test
	void shouldRefuseADoctypeWithoutExpandingIt() throws IOException {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET");
		Path file = workbook("xxe.xlsx", Map.of("xl/worksheets/sheet1.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "%s">]>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
				<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""
			.formatted(secret.toUri())));
		assertThatThrownBy(() -> {
			try (SheetReader sheet = first(file)) {
				sheet.next();
			}
		}).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("DOCTYPE")
			.hasMessageNotContaining("TOP SECRET");
	}

	@Test
	void shouldRefuseAPartThatInflatesLikeAZipBomb() throws IOException {
		StringBuilder rows = new StringBuilder();
		String padding = " ".repeat(10_000);
		for (int i = 1; i <= 2_000; i++) {
			rows.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\"><v>1</v></c>").append(padding)
				.append("</row>");
		}
		Path file = workbook("bomb.xlsx", Map.of("xl/worksheets/sheet1.xml",
				"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
						+ "</sheetData></worksheet>"));
		assertThat(Files.size(file)).isLessThan(200_000);
		assertThatThrownBy(() -> {
			try (SheetReader sheet = first(file)) {
				while (sheet.next() != null) {
					// read to the end
				}
			}
		}).isInstanceOf(UnreadableWorkbookException.class).hasMessageContaining("zip bomb");
	}

	@Test
	void shouldSayWhatIsWrongWithFilesThatAreNoWorkbook() throws IOException {
		Path text = dir.resolve("text.xlsx");
		Files.writeString(text, "agency,period\n");
		assertThatThrownBy(() -> Workbook.open(text)).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageStartingWith("it is not an XLSX workbook (not a zip archive)");
		Path empty = dir.resolve("empty.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("x".getBytes(StandardCharsets.UTF_8));
		}
		assertThatThrownBy(() -> Workbook.open(empty)).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("xl/workbook.xml is missing");
		Path badIndex = workbook("bad-index.xlsx", Map.of("xl/worksheets/sheet1.xml", """
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
				<row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"""));
		assertThatThrownBy(() -> {
			try (SheetReader sheet = first(badIndex)) {
				sheet.next();
			}
		}).isInstanceOf(UnreadableWorkbookException.class).hasMessageContaining("shared string 7 of 0");
	}

	@Test
	void shouldTurnColumnLettersIntoIndexes() throws IOException {
		assertThat(List.of("A1", "Z9", "AA10", "XFD1048576")).extracting(XlsxWorkbookTests::column)
			.containsExactly(0, 25, 26, 16383);
		assertThatThrownBy(() -> XlsxSheetReader.column("1A")).isInstanceOf(UnreadableWorkbookException.class);
		assertThatThrownBy(() -> XlsxSheetReader.column("ABCD1")).isInstanceOf(UnreadableWorkbookException.class);
	}

	private static int column(String reference) {
		try {
			return XlsxSheetReader.column(reference);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The first sheet of a workbook, open; closing it closes the workbook. */
	private static SheetReader first(Path file) throws IOException {
		Workbook workbook = Workbook.open(file);
		try {
			return new FirstSheet(workbook, workbook.open(workbook.sheets().get(0)));
		}
		catch (IOException | RuntimeException ex) {
			workbook.close();
			throw ex;
		}
	}

	private record FirstSheet(Workbook workbook, SheetReader sheet) implements SheetReader {

		@Override
		public SheetRow next() throws IOException {
			return sheet.next();
		}

		@Override
		public void close() throws IOException {
			try {
				sheet.close();
			}
			finally {
				workbook.close();
			}
		}

	}

	/** A minimal workbook: the given parts over a workbook.xml naming one sheet. */
	private Path workbook(String name, Map<String, String> parts) throws IOException {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("xl/workbook.xml", """
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
				 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
				<sheets><sheet name="Form" sheetId="1" r:id="rId1"/></sheets></workbook>""");
		all.put("xl/_rels/workbook.xml.rels", """
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
		all.putAll(parts);
		Path file = dir.resolve(name);
		List<String> order = new ArrayList<>(all.keySet());
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (String part : order) {
				zip.putNextEntry(new ZipEntry(part));
				zip.write(all.get(part).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
