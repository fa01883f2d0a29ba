package org.scorecard.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.submission.CheckedRow;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.FileKind;
import org.scorecard.submission.RowChecker;
import org.scorecard.submission.RowSource;
import org.scorecard.submission.SubmissionFile;

class TemplateWriterTests {

	@TempDir
	Path dir;

	@Test
	void shouldReadBackAFilledFormExactly() throws Exception {
		ReferenceData reference = ReferenceLoader.load(Fixtures.reference(dir.resolve("ref")));
		Path form = dir.resolve("HN-2026-10.xlsx");
		TemplateWriter.write(reference, reference.agencies().get("HN"), YearMonth.of(2026, 10), form);

		try (InputStream in = Files.newInputStream(form); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(TemplateWriter.SHEET);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("HN");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-10");
			assertThat(sheet.getRow(TemplateWriter.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("Indicator");
			assertThat(sheet.getDataValidations()).hasSize(1);
			sheet.getRow(2).getCell(1).setCellValue("2026-11-03T09:15");
			for (Row row : sheet) {
				if (row.getRowNum() <= TemplateWriter.HEADER_ROW) {
					continue;
				}
				switch (row.getCell(0).getStringCellValue()) {
					case "EXPORTS" -> row.getCell(3).setCellValue(1506.14);
					case "PROC_TOTAL" -> row.getCell(3).setCellValue(31);
					case "COST" -> row.getCell(3).setCellValue(0.000001);
					default -> { }
				}
			}
			try (OutputStream out = Files.newOutputStream(form)) {
				workbook.write(out);
			}
		}

		RowChecker checker = new RowChecker(reference, Cutoff.CALENDAR);
		List<String> read = new ArrayList<>();
		try (RowSource rows = RowSource.open(new SubmissionFile(1, "HN-2026-10.xlsx", form, FileKind.XLSX, "", 0))) {
			rows.forEachRemaining(row -> {
				CheckedRow checked = checker.check(row);
				assertThat(checked.accepted()).as(row.toString()).isTrue();
				read.add(row.line() + " " + row.agency() + " " + row.period() + " " + row.indicator() + " "
						+ checked.value().toPlainString() + " " + row.unit());
			});
		}
		assertThat(read).containsExactly("7 HN 2026-10 EXPORTS 1506.14 USD_M", "9 HN 2026-10 PROC_TOTAL 31 COUNT",
				"12 HN 2026-10 COST 0.000001 VND_BN");
	}

}
