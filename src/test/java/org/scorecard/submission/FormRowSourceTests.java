package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scorecard.spreadsheet.Cell;

/**
 * Workbooks with several sheets, as XLSX and as Excel 97-2003 XLS: every visible form sheet is read
 * with its own labels, in tab order; hidden sheets and sheets without the form's layout are skipped
 * with their reason; a workbook without a form sheet is unreadable and names its sheets.
 */
class FormRowSourceTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldReadEveryVisibleFormSheetAndSayWhyTheOthersWereSkipped(String format) throws IOException {
		Path file = write("ministry." + format, workbook -> {
			Sheet help = workbook.createSheet("Hướng dẫn");
			help.createRow(0).createCell(0).setCellValue("Điền số liệu vào cột Value");
			Sheet list = workbook.createSheet("DanhMuc");
			list.createRow(0).createCell(0).setCellValue("HN");
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
			form(workbook, "Cục Công nghiệp", "HN", 1506.14, null);
			Sheet hiddenForm = form(workbook, "Old", "LC", 7, null);
			workbook.setSheetVisibility(workbook.getSheetIndex(hiddenForm), SheetVisibility.VERY_HIDDEN);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			form(workbook, "Cục XTTM", "LC", 0.247, percent).getRow(6).getCell(0).setCellValue("GDP_GROWTH");
		});
		List<RawRow> rows = new ArrayList<>();
		List<SheetOutcome> sheets;
		try (RowSource source = RowSource.open(new SubmissionFile(1, file.toString(), file, FileKind.of(file.toString()),
				"", 0))) {
			source.forEachRemaining(rows::add);
			sheets = source.sheets();
		}
		assertThat(rows).extracting(RawRow::sheetNo, RawRow::sheet, RawRow::line, RawRow::agency, RawRow::indicator,
				RawRow::value, RawRow::valueKind)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(3, "Cục Công nghiệp", 7L, "HN", "EXPORTS", "1506.14", Cell.Kind.NUMBER),
					org.assertj.core.groups.Tuple.tuple(5, "Cục XTTM", 7L, "LC", "GDP_GROWTH", "24.7", Cell.Kind.PERCENT));
		assertThat(sheets).containsExactly(
				SheetOutcome.skipped(1, "Hướng dẫn", "no header row beginning with 'Indicator'"),
				SheetOutcome.skipped(2, "DanhMuc", "hidden"), SheetOutcome.read(3, "Cục Công nghiệp", 1),
				SheetOutcome.skipped(4, "Old", "hidden"), SheetOutcome.read(5, "Cục XTTM", 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void shouldRefuseAWorkbookWithoutAFormSheetNamingItsSheets(String format) throws IOException {
		Path file = write("instructions." + format, workbook -> {
			workbook.createSheet("Hướng dẫn").createRow(0).createCell(0).setCellValue("Xem biểu mẫu");
			form(workbook, "Hidden form", "HN", 1, null);
			workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
		});
		assertThatThrownBy(() -> {
			try (RowSource source = RowSource.open(new SubmissionFile(1, file.toString(), file,
					FileKind.of(file.toString()), "", 0))) {
				source.hasNext();
			}
		}).isInstanceOf(RowSource.UnreadableFileException.class)
			.hasMessageContaining("it has no form sheet")
			.hasMessageContaining("'Hướng dẫn' skipped: no header row beginning with 'Indicator'")
			.hasMessageContaining("'Hidden form' skipped: hidden");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ods", "xlsb", "numbers" })
	void shouldRefuseSpreadsheetsOfOtherKindsSayingToSaveAsXlsx(String extension) throws IOException {
		Path file = Files.writeString(dir.resolve("HN." + extension), "PK");
		assertThat(FileKind.of(file.toString())).isEqualTo(FileKind.REFUSED);
		assertThatThrownBy(() -> RowSource.open(new SubmissionFile(1, "HN." + extension, file, FileKind.REFUSED, "", 0)))
			.isInstanceOf(RowSource.UnreadableFileException.class)
			.hasMessageContaining(".xlsx");
	}

	@ParameterizedTest
	@ValueSource(strings = { "~$HN-2026-10.xlsx", ".~lock.HN-2026-10.xlsx#", "._HN-2026-10.xlsx", "Thumbs.db",
			"sub/desktop.ini", "notes.txt" })
	void shouldSkipLockAndSystemFilesWithTheirReason(String name) {
		assertThat(FileKind.of(name)).isEqualTo(FileKind.SKIPPED);
		assertThat(FileKind.skipReason(name).toString()).isNotBlank();
	}

	private interface Content {

		void fill(Workbook workbook) throws IOException;

	}

	private Path write(String name, Content content) throws IOException {
		Path file = dir.resolve(name);
		try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			content.fill(workbook);
			workbook.write(out);
		}
		return file;
	}

	/** A form sheet as the template lays it out: labels in rows 1-3, header in row 6, one value in row 7. */
	private static Sheet form(Workbook workbook, String name, String agency, double value, CellStyle style) {
		Sheet sheet = workbook.createSheet(name);
		String[][] labels = { { "Agency", agency }, { "Period", "2026-10" }, { "Submitted at", "2026-11-03" },
				{ "Prepared by", "Nguyễn Văn A" } };
		for (int i = 0; i < labels.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(labels[i][0]);
			row.createCell(1).setCellValue(labels[i][1]);
		}
		Row header = sheet.createRow(5);
		String[] columns = { "Indicator", "Name", "Unit", "Value", "Note" };
		for (int i = 0; i < columns.length; i++) {
			header.createCell(i).setCellValue(columns[i]);
		}
		Row data = sheet.createRow(6);
		data.createCell(0).setCellValue("EXPORTS");
		data.createCell(3).setCellValue(value);
		if (style != null) {
			data.getCell(3).setCellStyle(style);
		}
		sheet.createRow(7).createCell(0).setCellValue("IMPORTS");
		return sheet;
	}

}
