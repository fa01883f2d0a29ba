package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.Summary;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The workbook of the demo run for 2026-10, as POI reads it and as LibreOffice recalculates it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workbookdemo;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookDemoTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	Path file;

	Summary summary;

	@BeforeAll
	void run() throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"),
				Path.of("seeds/submissions"), dir.resolve("out"), Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		file = dir.resolve("out/2026-10/scorecard-2026-10.xlsx");
		summary = Summary.read(dir.resolve("out/2026-10/summary.json"));
	}

	@Test
	void everySummaryFigureEqualsSummaryJsonAndTheRowsReconcile() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheet("Summary");
			Map<String, JsonNode> results = summary.results();
			for (int r = SummarySheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String status = SummarySheetCheck.assertRow(results, row.getCell(0).getStringCellValue(),
						row.getCell(2).getStringCellValue(), (column, where) -> {
							Cell cell = row.getCell(column);
							return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue();
						});
				assertThat(row.getCell(SummarySheet.STATUS).getStringCellValue()).isEqualTo(status);
			}
			assertThat(sheet.getLastRowNum() - SummarySheet.HEADER_ROW).isEqualTo(results.size()).isEqualTo(166);

			Sheet reconciliation = workbook.getSheet("Reconciliation");
			Row total = reconciliation.getRow(reconciliation.getLastRowNum());
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total (793 files)");
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(4225);
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(4209);
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(16);
			assertThat(total.getCell(7).getStringCellValue()).isEqualTo("OK");
			assertThat(workbook.getSheet("Submissions").getLastRowNum()).isEqualTo(4209);
			// 16 rejected rows and the unreadable file
			assertThat(workbook.getSheet("Rejections").getLastRowNum()).isEqualTo(17);
			assertThat(workbook.getSheet("Summary").getRow(SummarySheet.HEADER_ROW + 1).getCell(1).getStringCellValue())
				.isEqualTo("Việt Nam");
		}
	}

	/**
	 * LibreOffice recalculates a copy whose cached formula values were all set to 0 (so nothing but a
	 * recalculation can bring the figures back) and exports the Summary as CSV: every figure must equal
	 * summary.json. Skipped where LibreOffice is not installed.
	 */
	@Test
	void libreOfficeRecalculatesTheSameSummary() throws Exception {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
		Path zeroed = dir.resolve("zeroed/scorecard-2026-10.xlsx");
		Files.createDirectories(zeroed.getParent());
		int zeroedCells = 0;
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
							cell.setCellValue(0);
							zeroedCells++;
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(zeroed)) {
				workbook.write(out);
			}
		}
		assertThat(zeroedCells).isGreaterThan(1000);
		Path profile = dir.resolve("lo-profile");
		Fixtures.write(profile.resolve("user/registrymodifications.xcu"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
				</oor:items>
				""");
		Path csvDir = dir.resolve("csv");
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir",
				csvDir.toString(), zeroed.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		Path csv;
		try (var files = Files.list(csvDir)) {
			csv = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
		}
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			reader.forEach(records::add);
		}
		Map<String, JsonNode> results = summary.results();
		List<CsvRecord> data = records.subList(SummarySheet.HEADER_ROW + 1, records.size());
		assertThat(data).hasSize(results.size());
		for (CsvRecord record : data) {
			String status = SummarySheetCheck.assertRow(results, record.getField(0).strip(), record.getField(2),
					(column, where) -> record.getField(column).isEmpty() ? null : Double.valueOf(record.getField(column)));
			assertThat(record.getField(SummarySheet.STATUS)).isEqualTo(status);
		}
	}

}
