package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell is written with its own style, {@link Styles#normal} where it has no other: POI then
 * never looks up the column's style for it (a walk of the sheet's XML per cell). Shown on a sheet
 * whose columns have a style of their own, which a cell left without one would have been written with.
 */
class WorkbookCellsTests {

	@TempDir
	Path dir;

	@Test
	void aCellWithNoStyleOfItsOwnIsWrittenInTheDefaultStyleNotItsColumns() throws Exception {
		Path file = dir.resolve("cells.xlsx");
		int plain;
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(1)) {
			Styles styles = new Styles(workbook);
			assertThat(styles.normal.getIndex()).isZero();
			plain = styles.plain.getIndex();
			SXSSFSheet sheet = workbook.createSheet("Sheet");
			// a column with a style of its own: a cell left without one would take it when written
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			for (int column = 0; column < 6; column++) {
				sheet.setDefaultColumnStyle(column, bold);
			}
			for (int r = 0; r < 3; r++) {
				Row row = sheet.createRow(r);
				Cells.text(row, 0, "text", styles.normal);
				Cells.text(row, 1, null, styles.normal);
				Cells.number(row, 2, 42, styles.plain);
				Cells.formula(row, 3, "1=1", true, styles.normal);
				Cells.formula(row, 4, "1+1", BigDecimal.TWO, styles.normal);
				Cells.live(row, 5, "\"\"", null, styles.normal);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		// as written: the default style is index 0, which the sheet's XML leaves out (s="0" is the default)
		String xml = sheetXml(file);
		for (int r = 1; r <= 3; r++) {
			for (String column : new String[] { "A", "B", "D", "E", "F" }) {
				String cell = "<c r=\"" + column + r + "\"";
				assertThat(xml).contains(cell).doesNotContain(cell + " s=");
			}
			assertThat(xml).contains("<c r=\"C" + r + "\" s=\"" + plain + "\"");
		}
	}

	private static String sheetXml(Path workbook) throws Exception {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
		}
	}

	@Test
	void aCellIsNeverWrittenWithoutAStyle() throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(1)) {
			Row row = workbook.createSheet("Sheet").createRow(0);
			assertThatNullPointerException().isThrownBy(() -> Cells.text(row, 0, "text", null));
			assertThatNullPointerException().isThrownBy(() -> Cells.formula(row, 1, "1=1", true, null));
		}
	}

}
