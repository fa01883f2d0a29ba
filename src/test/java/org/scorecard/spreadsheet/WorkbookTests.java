package org.scorecard.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook is opened by what it is, not by its name: offices rename files, and reporting systems
 * export web pages with an {@code .xls} name. What cannot be read says what it is.
 */
class WorkbookTests {

	@TempDir
	Path dir;

	@Test
	void shouldReadAnXlsxNamedXlsAndAnXlsNamedXlsx() throws IOException {
		Path xlsxNamedXls = dir.resolve("renamed.xls");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsxNamedXls)) {
			workbook.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue("Agency");
			workbook.write(out);
		}
		Path xlsNamedXlsx = dir.resolve("renamed.xlsx");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsNamedXlsx)) {
			workbook.createSheet("Biểu 02").createRow(0).createCell(0).setCellValue("Agency");
			workbook.write(out);
		}
		try (Workbook first = Workbook.open(xlsxNamedXls); Workbook second = Workbook.open(xlsNamedXlsx)) {
			assertThat(first.sheets()).extracting(SheetEntry::name).containsExactly("Biểu 01");
			assertThat(second.sheets()).extracting(SheetEntry::name).containsExactly("Biểu 02");
			try (SheetReader rows = second.open(second.sheets().get(0))) {
				assertThat(rows.next().text(0)).isEqualTo("Agency");
			}
		}
	}

	@Test
	void shouldSayWhatAFileNamedAsAWorkbookReallyIs() throws IOException {
		Path html = Files.writeString(dir.resolve("bao-cao.xls"),
				"<html><body><table><tr><td>Agency</td><td>HN</td></tr></table></body></html>");
		assertThatThrownBy(() -> Workbook.open(html)).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("a web page (HTML)")
			.hasMessageContaining("save it as .xlsx");
		Path xml2003 = Files.writeString(dir.resolve("bao-cao-2003.xls"), "<?xml version=\"1.0\"?>\n"
				+ "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");
		assertThatThrownBy(() -> Workbook.open(xml2003)).hasMessageContaining("Excel 2003 XML spreadsheet");
	}

	@Test
	void shouldSayAWorkbookIsProtectedByAPassword() throws Exception {
		Path file = dir.resolve("protected.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("matkhau");
			try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
				workbook.createSheet("Form");
				workbook.write(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		assertThatThrownBy(() -> Workbook.open(file)).isInstanceOf(UnreadableWorkbookException.class)
			.hasMessageContaining("protected by a password");
	}

}
