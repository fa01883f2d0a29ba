package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;
import org.scorecard.text.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;

/** The workbook of the demo run for 2026-10, as POI reads it and as LibreOffice recalculates it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workbookdemo;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookDemoTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path dir;

	Path file;

	Summary summary;

	/** The English status words the Scorecard sheet shows. */
	static final Texts EN = Texts.load(RunRequest.TEMPLATES, "workbook", Language.EN);

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
							return cell == null || cell.getCellType() == CellType.BLANK
									|| (cell.getCellType() == CellType.FORMULA
											&& cell.getCachedFormulaResultType() == CellType.STRING) ? null
													: cell.getNumericCellValue();
						});
				Cell statusCell = row.getCell(SummarySheet.STATUS);
				assertThat(statusCell.getStringCellValue()).isEqualTo(status);
				String key = row.getCell(0).getStringCellValue().strip() + " " + row.getCell(2).getStringCellValue();
				if (!status.equals("no_target")) {
					assertThat(statusCell.getCellFormula()).as(key).startsWith("IF(ISNUMBER(Q");
				}
				assertThat(row.getCell(SummarySheet.IN_QUESTION).getStringCellValue()).as(key)
					.isEqualTo(results.get(key).get("in_question").asBoolean() ? "yes" : "");
			}
			assertThat(sheet.getLastRowNum() - SummarySheet.HEADER_ROW).isEqualTo(results.size()).isEqualTo(166);

			Sheet reconciliation = workbook.getSheet("Reconciliation");
			Row total = reconciliation.getRow(reconciliation.getLastRowNum());
			assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total (793 files)");
			assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(4225);
			// 4,209 accepted and 16 rejected rows: those of January 2025 to October 2026 are listed, and the
			// rejected rows of later months or without a month; the others are counted as other months
			long run = summary.root().get("run_id").asLong();
			long accepted = jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ? AND code IS NULL "
					+ "AND period BETWEEN '2025-01' AND '2026-10'", Long.class, run);
			long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ? "
					+ "AND code IS NOT NULL AND (period >= '2025-01' OR period IS NULL "
					+ "OR NOT REGEXP_LIKE(period, '^[0-9]{4}-(0[1-9]|1[0-2])$'))", Long.class, run);
			assertThat(accepted).isBetween(2000L, 4208L);
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(accepted);
			assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(rejected);
			assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(4225 - accepted - rejected);
			assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(4225);
			assertThat(total.getCell(8).getStringCellValue()).isEqualTo("OK");
			assertThat(workbook.getSheet("Submissions").getLastRowNum()).isEqualTo(accepted);
			// the rejected rows carried and the unreadable file
			assertThat(workbook.getSheet("Rejections").getLastRowNum()).isEqualTo(rejected + 1);
			assertThat(workbook.getSheet("Summary").getRow(SummarySheet.HEADER_ROW + 1).getCell(1).getStringCellValue())
				.isEqualTo("Việt Nam");
		}
	}

	/**
	 * LibreOffice recalculates a copy whose cached formula values were all blanked (numbers set to 0,
	 * texts to "stale", so nothing but a recalculation can bring the figures back) and exports the
	 * Summary as CSV: every figure and every status must equal summary.json. Skipped where LibreOffice
	 * is not installed.
	 */
	@Test
	void libreOfficeRecalculatesTheSameSummary() throws Exception {
		List<CsvRecord> data = recalculated("same", workbook -> {
		});
		Map<String, JsonNode> results = summary.results();
		assertThat(data).hasSize(results.size());
		for (CsvRecord record : data) {
			String status = SummarySheetCheck.assertRow(results, record.getField(0).strip(), record.getField(2),
					(column, where) -> record.getField(column).isEmpty() ? null : Double.valueOf(record.getField(column)));
			assertThat(record.getField(SummarySheet.STATUS)).as(record.getField(0) + " " + record.getField(2))
				.isEqualTo(status);
		}
		// the Scorecard sheet recalculated: statuses and their arrows (formulas over Summary)
		List<CsvRecord> matrix = recalculatedSheets.get(MatrixSheet.NAME);
		CsvRecord header = matrix.get(MatrixSheet.HEADER_ROW);
		int arrows = 0;
		for (CsvRecord row : matrix.subList(MatrixSheet.HEADER_ROW + 1, matrix.size())) {
			for (int c = MatrixSheet.FIRST; c < header.getFieldCount(); c += MatrixSheet.SPAN) {
				JsonNode result = results.get(row.getField(0) + " " + header.getField(c).replace(" figure", ""));
				if (result != null) {
					assertThat(row.getField(c + 1)).isEqualTo(EN.status(result.get("status").asText()));
					String arrow = arrow(result.get("status_prev").asText(null), result.get("status").asText());
					assertThat(row.getField(c + 2)).as(row.getField(0) + " " + header.getField(c)).isEqualTo(arrow);
					arrows += arrow.isEmpty() ? 0 : 1;
				}
			}
		}
		assertThat(arrows).isGreaterThan(30);
	}

	/**
	 * An auditor changes submitted values and recalculates: the statuses move as rules.md section 6
	 * says. HN-DOIT's procedures in force (target: at most 125, 126 sent, at risk) becomes 125: achieved
	 * (the bound itself); the US embassy's exports to its market (growth on the month at least 5 %,
	 * 0.71 %, off track) become last October's value x 1.05: a growth of exactly 5 %, achieved; and FDI
	 * disbursed by Hanoi drops to 0 for October: the plan's year to date falls below the expected
	 * value by more than the tolerance, off track.
	 */
	@Test
	void libreOfficeMovesAStatusWhenASubmittedValueChanges() throws Exception {
		Map<String, JsonNode> before = summary.results();
		assertThat(before.get("HN-DOIT PROC_TOTAL").get("status").asText()).isEqualTo("at_risk");
		assertThat(before.get("EMB-US EXPORTS_MARKET").get("status").asText()).isEqualTo("off_track");
		assertThat(before.get("HN FDI_DISBURSED").get("status").asText()).isEqualTo("on_track");
		List<CsvRecord> data = recalculated("changed", workbook -> {
			Sheet submissions = workbook.getSheet("Submissions");
			double lastOctober = value(submissions, "EMB-US", "2025-10", "EXPORTS_MARKET").getNumericCellValue();
			value(submissions, "HN-DOIT", "2026-10", "PROC_TOTAL").setCellValue(125);
			value(submissions, "EMB-US", "2026-10", "EXPORTS_MARKET").setCellValue(lastOctober * 1.05);
			value(submissions, "HN", "2026-10", "FDI_DISBURSED").setCellValue(0);
		});
		Map<String, String> statuses = new java.util.TreeMap<>();
		for (CsvRecord record : data) {
			statuses.put(record.getField(0).strip() + " " + record.getField(2), record.getField(SummarySheet.STATUS));
		}
		// the Scorecard sheet follows Summary
		List<CsvRecord> matrix = recalculatedSheets.get(MatrixSheet.NAME);
		CsvRecord header = matrix.get(MatrixSheet.HEADER_ROW);
		int fdi = header.getFields().indexOf("FDI_DISBURSED status");
		assertThat(matrix.stream().filter(r -> r.getField(0).equals("HN")).findFirst().orElseThrow().getField(fdi))
			.isEqualTo(EN.status("off_track"));
		assertThat(statuses).containsEntry("HN-DOIT PROC_TOTAL", "achieved")
			.containsEntry("EMB-US EXPORTS_MARKET", "achieved")
			.containsEntry("HN FDI_DISBURSED", "off_track");
		// nothing else that does not depend on these values moved
		before.forEach((key, result) -> {
			if (!key.startsWith("HN") && !key.startsWith("EMB-US") && !key.startsWith("VN ")) {
				assertThat(statuses.get(key)).as(key).isEqualTo(result.get("status").asText());
			}
		});
	}

	/** The arrow of a status change, worked out here from the ranks of the statuses. */
	private static String arrow(String previous, String current) {
		List<String> rank = List.of("off_track", "at_risk", "on_track", "achieved", "exceeded");
		if (previous == null || !rank.contains(previous) || !rank.contains(current)) {
			return "";
		}
		int change = Integer.compare(rank.indexOf(current), rank.indexOf(previous));
		return change > 0 ? "\u25B2" : change < 0 ? "\u25BC" : "=";
	}

	/** The current row of an agency, period and indicator on "Submissions": its Value cell. */
	private static Cell value(Sheet submissions, String agency, String period, String indicator) {
		for (Row row : submissions) {
			if (row.getRowNum() > 0 && row.getCell(4).getStringCellValue().equals(agency)
					&& row.getCell(5).getStringCellValue().equals(period)
					&& row.getCell(8).getStringCellValue().equals(indicator)
					&& row.getCell(15).getStringCellValue().equals("current")) {
				return row.getCell(11);
			}
		}
		throw new AssertionError("no current row " + agency + " " + period + " " + indicator);
	}

	/**
	 * The Summary's data rows as LibreOffice recalculates them, after {@code change} and with every
	 * cached formula value blanked. Skips the test where LibreOffice is not installed.
	 */
	private List<CsvRecord> recalculated(String name, java.util.function.Consumer<XSSFWorkbook> change)
			throws Exception {
		recalculatedSheets = LibreOfficeRecalculation.recalculate(file, dir, name, change,
				List.of(SummarySheet.NAME, MatrixSheet.NAME));
		List<CsvRecord> records = recalculatedSheets.get(SummarySheet.NAME);
		return records.subList(SummarySheet.HEADER_ROW + 1, records.size());
	}

	/** Every recalculated sheet of the last {@link #recalculated} call, all rows. */
	private Map<String, List<CsvRecord>> recalculatedSheets;

	/**
	 * "Scorecard" shows, for every agency with a result of a key indicator, the figure the status was
	 * judged on (or the year to date) and the status of every such result in summary.json, as formulas
	 * into Summary.
	 */
	@Test
	void theScorecardSheetShowsEveryKeyIndicatorStatusOfSummaryJson() throws Exception {
		Map<String, JsonNode> results = summary.results();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheet(MatrixSheet.NAME);
			assertThat(workbook.getSheetIndex(sheet)).isEqualTo(workbook.getSheetIndex("Summary") + 1);
			Row header = sheet.getRow(MatrixSheet.HEADER_ROW);
			int shown = 0;
			for (int r = MatrixSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String agency = row.getCell(0).getStringCellValue();
				for (int c = MatrixSheet.FIRST; c < header.getLastCellNum(); c += MatrixSheet.SPAN) {
					String indicator = header.getCell(c).getStringCellValue().replace(" figure", "");
					JsonNode result = results.get(agency + " " + indicator);
					Cell status = row.getCell(c + 1);
					if (result == null) {
						assertThat(status).as(agency + " " + indicator).isNull();
						continue;
					}
					shown++;
					assertThat(status.getStringCellValue()).as(agency + " " + indicator)
						.isEqualTo(EN.status(result.get("status").asText()));
					assertThat(status.getCellFormula()).startsWith("'Summary'!Z");
					assertThat(row.getCell(c + 2).getStringCellValue()).as(agency + " " + indicator + " since last month")
						.isEqualTo(arrow(result.get("status_prev").asText(null), result.get("status").asText()));
					JsonNode figure = result.get(result.get("target").isNull() ? "ytd" : "measured");
					Cell value = row.getCell(c);
					if (figure.isNull()) {
						assertThat(value.getCachedFormulaResultType()).isEqualTo(CellType.STRING);
					}
					else {
						assertThat(value.getNumericCellValue()).as(agency + " " + indicator)
							.isCloseTo(figure.doubleValue(), org.assertj.core.data.Percentage.withPercentage(1e-9));
					}
				}
			}
			long expected = results.values()
				.stream()
				.filter(r -> List.of("EXPORTS", "FDI_DISBURSED", "GDP_GROWTH", "IIP", "IIP_MFG", "IIP_MOTOR", "IMPORTS",
						"MFG_GDP_SHARE", "PROC_SHARE", "TRADE_BALANCE").contains(r.get("indicator").asText()))
				.count();
			assertThat(shown).isEqualTo(expected).isGreaterThan(40);
		}
	}

}
