package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.Summary;
import org.scorecard.run.RunContexts;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The workbook of a small hand-made run, written with at most 6 rows per sheet so that Values,
 * Submissions and Rejections each continue on further sheets. POI re-evaluates every formula and
 * the results must equal the cached values, which must equal summary.json.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:workbook;DB_CLOSE_DELAY=-1",
		"scorecard.workbook.max-rows=6" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	RunContexts contexts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectProvider<BuildProperties> build;

	long runId;

	@TempDir
	static Path dir;

	Summary summary;

	XSSFWorkbook workbook;

	@BeforeAll
	void run() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,,yes
				HN-DOIT,Hanoi Department of Industry and Trade,Sở Công Thương Hà Nội,department,HN,,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				""");
		Fixtures.write(reference.resolve("targets.csv"), """
				indicator,agency,year,measure,operator,value,value_max,tolerance
				EXPORTS,HN,2026,growth_ytd,>=,5,,
				PROC_SHARE,VN,2026,value_month,>=,20,,
				GDP_GROWTH,VN,2026,value_ytd,between,6.5,8,
				COST,LC,2026,value_ytd,>=,10,,
				""");
		String at = ",2026-04-02,";
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a-exports.csv"), "HN-DOIT,2025-01,EXPORTS,40,USD_M" + at,
				"HN-DOIT,2025-03,EXPORTS,50,USD_M" + at, "HN-DOIT,2026-01,EXPORTS,45,USD_M" + at,
				"HN-DOIT,2026-02,EXPORTS,47,USD_M" + at, "HN-DOIT,2026-03,EXPORTS,55,USD_M" + at,
				"LC,2025-01,EXPORTS,10,USD_M" + at, "LC,2025-02,EXPORTS,11,USD_M" + at,
				"LC,2026-01,EXPORTS,12,USD_M" + at, "LC,2026-03,EXPORTS,12.5,USD_M,2026-04-01,first figure",
				"LC,2026-03,EXPORTS,13,USD_M,2026-04-03,revised", "HN,2026-03,IMPORTS,30,USD_M" + at,
				"HN-DOIT,2026-03,IMPORTS,31,USD_M" + at);
		Fixtures.submission(inbox.resolve("b-procedures.csv"), "DOI,2025-02,PROC_TOTAL,30," + at,
				"DOI,2026-01,PROC_TOTAL,31," + at, "DOI,2026-03,PROC_TOTAL,32," + at, "DOI,2025-02,PROC_DEC,20," + at,
				"DOI,2026-01,PROC_DEC,25," + at, "DOI,2026-03,PROC_DEC,26,,2026-04-02,=1+1",
				"HN-DOIT,2026-03,PROC_TOTAL,10," + at, "HN-DOIT,2026-03,PROC_DEC,9," + at);
		Fixtures.submission(inbox.resolve("c-other.csv"), "VN,2025-01,GDP_GROWTH,6,PERCENT" + at,
				"VN,2025-02,GDP_GROWTH,7,PERCENT" + at, "VN,2026-01,GDP_GROWTH,8,PERCENT" + at,
				"VN,2026-02,GDP_GROWTH,8.4,PERCENT" + at, "VN,2026-03,GDP_GROWTH,9,PERCENT" + at,
				"\"=HYPERLINK(\"\"http://example.com\"\")\",2026-03,EXPORTS,1,USD_M" + at,
				"LC,2026-03,EXPORTS,-5,USD_M" + at,
				// rows of months the figures of 2026-03 do not rest on (before January 2025), accepted and
				// rejected, and a rejected row whose period cannot be read
				"VN,2024-12,GDP_GROWTH,5,PERCENT" + at, "LC,2024-06,EXPORTS,-5,USD_M" + at,
				"LC,2026-13,EXPORTS,5,USD_M" + at);
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 3), reference, inbox,
				dir.resolve("out"), Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.run().rowsRead()).isEqualTo(30);
		assertThat(outcome.run().rowsRejected()).isEqualTo(4);
		runId = outcome.run().id();
		summary = Summary.read(dir.resolve("out/2026-03/summary.json"));
		workbook = new XSSFWorkbook(dir.resolve("out/2026-03/scorecard-2026-03.xlsx").toFile());
	}

	private List<String> sheetNames() {
		List<String> names = new ArrayList<>();
		workbook.forEach(sheet -> names.add(sheet.getSheetName()));
		return names;
	}

	private static boolean blank(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK;
	}

	/**
	 * Every cell of every sheet as the schema has it: elements only inside {@code <c>}, no text. POI's
	 * streaming writer put a stray {@code >} after the formula of every cell with a boolean result (the
	 * Values sheet's flags), which Excel may offer to repair; the flags keep their formulas and values.
	 */
	/**
	 * Values is filled on one thread while Submissions and Rejections are filled on another
	 * ({@code scorecard.workbook.threads}, two on a machine with two processors): the workbook is the
	 * same, every part of the file byte for byte and in the same order, as the one written on a single
	 * thread; the parts are compressed by two threads too, and the sheets' rows put in place as POI does.
	 */
	@Test
	void twoThreadsWriteTheWorkbookOneWrites() throws Exception {
		Instant at = Instant.parse("2026-04-05T08:00:00Z");
		Path one = dir.resolve("one-thread.xlsx");
		Path two = dir.resolve("two-threads.xlsx");
		new WorkbookWriter(jdbc, transactions, build, 6, 1).write(contexts.of(runId), at, one);
		new WorkbookWriter(jdbc, transactions, build, 6, 2).write(contexts.of(runId), at, two);
		Map<String, byte[]> parts = parts(one);
		assertThat(parts.keySet()).contains("xl/worksheets/sheet5.xml", "xl/worksheets/sheet12.xml");
		assertThat(parts(two).keySet()).containsExactlyElementsOf(parts.keySet());
		assertThat(parts(two)).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(parts.get(name)));
	}

	/** Two threads by default only with two processors and a heap of 256 MB (two sheets' rows at once need more). */
	@Test
	void twoThreadsByDefaultOnlyWithTwoProcessorsAndTheHeapForThem() {
		long mb = 1024 * 1024;
		assertThat(WorkbookWriter.defaultThreads(2, 512 * mb)).isEqualTo(2);
		assertThat(WorkbookWriter.defaultThreads(8, 256 * mb)).isEqualTo(2);
		assertThat(WorkbookWriter.defaultThreads(2, 255 * mb)).isEqualTo(1);
		assertThat(WorkbookWriter.defaultThreads(2, 80 * mb)).isEqualTo(1);
		assertThat(WorkbookWriter.defaultThreads(1, 4096 * mb)).isEqualTo(1);
	}

	/** The parts of a file, in the file's order. */
	private static Map<String, byte[]> parts(Path xlsx) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
			}
		}
		return parts;
	}

	@Test
	void everyCellIsWellFormedForExcel() throws Exception {
		int booleanFormulas = 0;
		try (ZipFile zip = new ZipFile(dir.resolve("out/2026-03/scorecard-2026-03.xlsx").toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.getName().startsWith("xl/worksheets/sheet")) {
					continue;
				}
				XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(zip.getInputStream(entry));
				int depthInCell = 0;
				boolean booleanCell = false;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						if (xml.getLocalName().equals("c")) {
							depthInCell = 1;
							booleanCell = "b".equals(xml.getAttributeValue(null, "t"));
						}
						else if (depthInCell > 0) {
							depthInCell++;
							booleanFormulas += booleanCell && xml.getLocalName().equals("f") ? 1 : 0;
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT && depthInCell > 0) {
						depthInCell--;
					}
					else if (event == XMLStreamConstants.CHARACTERS && depthInCell == 1) {
						assertThat(xml.getText()).as(entry.getName() + " line " + xml.getLocation().getLineNumber()).isBlank();
					}
				}
			}
		}
		assertThat(booleanFormulas).isPositive();
		Sheet values = workbook.getSheet("Values");
		Cell flag = values.getRow(1).getCell(9);
		assertThat(flag.getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(flag.getCachedFormulaResultType()).isEqualTo(CellType.BOOLEAN);
		// shown as TRUE or FALSE in LibreOffice too, even where it recalculates the flag
		assertThat(flag.getCellStyle().getDataFormatString()).isEqualTo("\"TRUE\";\"TRUE\";\"FALSE\"");
	}

	@Test
	void longSheetsContinueOnFurtherSheets() {
		assertThat(sheetNames()).startsWith("About", "Summary", "Scorecard", "Reconciliation", "Values", "Values (2)")
			.contains("Submissions", "Submissions (2)", "Submissions (5)", "Rejections", "Completeness", "Tasks",
					"Data quality", "Targets")
			.doesNotContain("Submissions (6)");
		// 25 accepted rows of 2025-01..2026-03 (30 read, 26 accepted, 4 rejected; one accepted row of 2024 is
		// counted on Reconciliation instead), 5 per sheet after the header: 5 sheets, each with the header.
		int rows = 0;
		for (int part = 1; part <= 5; part++) {
			Sheet sheet = workbook.getSheet(part == 1 ? "Submissions" : "Submissions (" + part + ")");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("File");
			rows += sheet.getLastRowNum();
		}
		assertThat(rows).isEqualTo(25);
	}

	/** POI recomputes every formula of every sheet; each must give the value the workbook carries. */
	@Test
	void everyFormulaRecomputesToItsCachedValue() {
		FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		int formulas = 0;
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() != CellType.FORMULA) {
						continue;
					}
					formulas++;
					CellValue value = evaluator.evaluate(cell);
					String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
					switch (cell.getCachedFormulaResultType()) {
						case NUMERIC -> assertThat(value.getNumberValue()).as(where)
							.isCloseTo(cell.getNumericCellValue(), within(1e-9 * Math.max(1, Math.abs(cell.getNumericCellValue()))));
						case BOOLEAN -> assertThat(value.getBooleanValue()).as(where).isEqualTo(cell.getBooleanCellValue());
						case STRING -> assertThat(value.getStringValue()).as(where).isEqualTo(cell.getStringCellValue());
						default -> throw new AssertionError(where + ": unexpected " + cell.getCachedFormulaResultType());
					}
				}
			}
		}
		assertThat(formulas).isGreaterThan(200);
	}

	@Test
	void summaryShowsTheFiguresOfSummaryJsonAsFormulas() {
		Sheet sheet = workbook.getSheet("Summary");
		Map<String, JsonNode> results = summary.results();
		int rows = 0;
		for (int r = SummarySheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String status = SummarySheetCheck.assertRow(results, row.getCell(0).getStringCellValue(),
					row.getCell(2).getStringCellValue(), (column, where) -> {
						Cell cell = row.getCell(column);
						if (blank(cell)) {
							return null;
						}
						assertThat(cell.getCellType()).as(where).isEqualTo(CellType.FORMULA);
						// a judgement formula without a figure to judge yields empty text
						return cell.getCachedFormulaResultType() == CellType.STRING ? null : cell.getNumericCellValue();
					});
			assertThat(row.getCell(SummarySheet.STATUS).getStringCellValue()).isEqualTo(status);
			rows++;
		}
		assertThat(rows).isEqualTo(results.size());
		// VN's exports roll up from HN (itself rolled up from HN-DOIT) and LC, over every part of Values
		Row vn = findRow(sheet, "VN", "EXPORTS");
		assertThat(vn.getCell(SummarySheet.YTD).getCellFormula()).contains("SUMIFS('Values'!", "'Values (2)'!");
		assertThat(vn.getCell(SummarySheet.YTD).getNumericCellValue()).isEqualTo(45 + 47 + 55 + 12 + 13);
		assertThat(vn.getCell(11).getStringCellValue()).isEqualTo("yes");
	}

	@Test
	void summaryEndsWithTheQuarterAndThePreviousMonthsStatus() {
		Sheet sheet = workbook.getSheet("Summary");
		Row header = sheet.getRow(SummarySheet.HEADER_ROW);
		assertThat(header.getCell(SummarySheet.QUARTER).getStringCellValue()).startsWith("Quarter");
		assertThat(header.getCell(SummarySheet.STATUS_PREV).getStringCellValue()).isEqualTo("Previous month's status code");
		assertThat(header.getCell(SummarySheet.STATUS_PREV_WORD).getStringCellValue()).isEqualTo("Previous month's status");
		for (Map.Entry<String, JsonNode> entry : summary.results().entrySet()) {
			String[] key = entry.getKey().split(" ");
			Row row = findRow(sheet, key[0], key[1]);
			JsonNode quarter = entry.getValue().get("quarter");
			assertQuarterCell(row.getCell(SummarySheet.QUARTER), quarter.get("value"), entry.getKey());
			assertQuarterCell(row.getCell(SummarySheet.QUARTER_PREV), quarter.get("value_prev"), entry.getKey());
			assertQuarterCell(row.getCell(SummarySheet.QUARTER_GROWTH), quarter.get("growth"), entry.getKey());
			JsonNode statusPrev = entry.getValue().get("status_prev");
			Cell cell = row.getCell(SummarySheet.STATUS_PREV);
			assertThat(blank(cell) ? null : cell.getStringCellValue()).as(entry.getKey())
				.isEqualTo(statusPrev.isNull() ? null : statusPrev.asText());
		}
		// 2026-03 closes the first quarter: its quarter is the year to date
		assertThat(findRow(sheet, "VN", "EXPORTS").getCell(SummarySheet.QUARTER).getNumericCellValue())
			.isEqualTo(45 + 47 + 55 + 12 + 13);
	}

	private static void assertQuarterCell(Cell cell, JsonNode value, String where) {
		if (value.isNull()) {
			assertThat(blank(cell)).as(where).isTrue();
		}
		else {
			assertThat(cell.getNumericCellValue()).as(where).isEqualTo(value.decimalValue().doubleValue());
		}
	}

	private static Row findRow(Sheet sheet, String agency, String indicator) {
		for (Row row : sheet) {
			if (row.getRowNum() > SummarySheet.HEADER_ROW && row.getCell(0).getStringCellValue().equals(agency)
					&& row.getCell(2).getStringCellValue().equals(indicator)) {
				return row;
			}
		}
		throw new AssertionError("no Summary row " + agency + " " + indicator);
	}

	@Test
	void reconciliationHoldsPerFileAndInTotal() {
		Sheet sheet = workbook.getSheet("Reconciliation");
		Row total = sheet.getRow(sheet.getLastRowNum());
		assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Total (3 files)");
		assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(30);
		assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(25);
		// the rows of 2026-03, the rows of the unreadable period 2026-13
		assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(3);
		// the accepted row of 2024-12 and the rejected row of 2024-06
		assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(2);
		assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(30);
		assertThat(total.getCell(8).getStringCellValue()).isEqualTo("OK");
		assertThat(total.getCell(8).getCellFormula()).startsWith("IF(AND(");
		for (int r = 1; r < sheet.getLastRowNum(); r++) {
			assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).isEqualTo("OK");
			assertThat(sheet.getRow(r).getCell(4).getCellFormula()).contains("COUNTIFS('Submissions'!$A$2:$A$6");
		}
		Row other = sheet.getRow(3);
		assertThat(other.getCell(1).getStringCellValue()).endsWith("c-other.csv");
		assertThat(other.getCell(6).getNumericCellValue()).isEqualTo(2);
		assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isZero();
	}

	/** Submissions and Rejections carry the months the figures rest on; About says where the rest is. */
	@Test
	void theRowsOfOtherMonthsAreCountedNotListed() {
		List<String> periods = new ArrayList<>();
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().startsWith("Submissions") || sheet.getSheetName().equals("Rejections")) {
				for (Row row : sheet) {
					if (row.getRowNum() > 0) {
						periods.add(row.getCell(5).getStringCellValue());
					}
				}
			}
		}
		assertThat(periods).hasSize(28).contains("2025-01", "2026-03", "2026-13").doesNotContain("2024-12", "2024-06");
		Sheet about = workbook.getSheet("About");
		String carried = null;
		for (Row row : about) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().equals("Rows of other months")) {
				carried = row.getCell(1).getStringCellValue();
			}
		}
		assertThat(carried).startsWith("Submissions carries the accepted rows of January 2025 to March 2026")
			.contains("1 accepted rows of other months and 1 rejected rows of months before January 2025")
			.contains("run_id = " + summary.root().get("run_id").asLong());
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() {
		Cell note = null;
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().startsWith("Submissions")) {
				for (Row row : sheet) {
					Cell cell = row.getCell(16);
					if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("=1+1")) {
						note = cell;
					}
				}
			}
		}
		assertThat(note).as("the note =1+1").isNotNull();
		Sheet rejections = workbook.getSheet("Rejections");
		List<String> agencies = new ArrayList<>();
		for (Row row : rejections) {
			if (row.getRowNum() > 0) {
				assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
				agencies.add(row.getCell(4).getStringCellValue());
			}
		}
		assertThat(agencies).contains("=HYPERLINK(\"http://example.com\")");
		assertThat(rejections.getRow(1).getCell(9).getStringCellValue()).startsWith("\"=HYPERLINK(");
	}

	/**
	 * What each cell of Values and Submissions looks like: text, codes and flags in the workbook's
	 * default style (index 0: no number format, no fill, the default font), years, months, file and
	 * line numbers without separators, figures with their decimals, text as text; every part alike.
	 */
	@Test
	void valuesAndSubmissionsShowEachColumnInItsStyle() {
		String flag = "\"TRUE\";\"TRUE\";\"FALSE\"";
		Map<Integer, String> values = Map.of(4, "0", 5, "0", 6, "#,##0", 7, "#,##0", 9, flag, 10, flag, 11, flag);
		Map<Integer, String> submissions = Map.of(0, "0", 2, "0", 6, "0", 7, "0", 9, "@", 11, "#,##0", 13, "@", 14,
				"@", 16, "@");
		int cells = 0;
		for (Sheet sheet : workbook) {
			String name = sheet.getSheetName();
			Map<Integer, String> formats = name.startsWith("Values") ? values
					: name.startsWith("Submissions") ? submissions : null;
			if (formats == null) {
				continue;
			}
			for (Row row : sheet) {
				for (Cell cell : row) {
					String where = name + "!" + cell.getAddress();
					var style = cell.getCellStyle();
					if (row.getRowNum() == 0) {
						assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).as(where).isTrue();
						continue;
					}
					cells++;
					String format = formats.get(cell.getColumnIndex());
					if (format == null) {
						assertThat(style.getIndex()).as(where).isZero();
					}
					else {
						assertThat(style.getDataFormatString()).as(where).startsWith(format);
						assertThat(style.getFontIndex()).as(where).isZero();
					}
				}
			}
		}
		assertThat(cells).isGreaterThan(25 * 18);
	}

	@Test
	void sheetsAreProtectedFilteredFrozenAndDescribed() {
		Sheet submissions = workbook.getSheet("Submissions");
		assertThat(submissions.getProtect()).isTrue();
		assertThat(submissions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(workbook.getSheet("Summary").getRepeatingRows().formatAsString()).isEqualTo("4:4");
		assertThat(workbook.getProperties().getCoreProperties().getTitle()).startsWith("Scorecard 2026-03");
		Sheet about = workbook.getSheet("About");
		assertThat(about.getRow(1).getCell(1).getStringCellValue()).isEqualTo("2026-03");
		assertThat(about.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Software version");
	}

}
