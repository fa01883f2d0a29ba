package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.text.Language;
import org.scorecard.text.Texts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The workbook of the demo run for 2026-10 in Vietnamese: sheet names and headers are the texts of
 * workbook_vi.properties, no cell the workbook words holds an English word, and the status codes (and
 * their recalculation in LibreOffice) are summary.json's as in English.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workbookvi;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbookVietnameseTests {

	private static final List<String> SHEETS = List.of("about", "summary", "matrix", "reconciliation", "values",
			"submissions", "rejections", "completeness", "tasks", "quality", "targets");

	/**
	 * Columns that hold what the agencies, the reference data or the reader wrote (files, raw lines,
	 * notes, task titles, rule names and messages, English names), or codes (headers with "Mã"): not
	 * the workbook's words. The reader's messages on Rejections and About are still English: the
	 * reason in words stands next to them.
	 */
	private static final Set<String> DATA_KEYS = Set.of("Tệp", "Dòng gốc", "Ghi chú", "Thông báo", "Nội dung",
			"Nhiệm vụ", "Văn bản giao", "Tên tiếng Anh", "Quy tắc", "Trang tính", "Giá trị như đã gửi",
			"Đơn vị như đã gửi", "Thời điểm gửi (như đã gửi)");

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	Path file;

	Summary summary;

	Words vi;

	@BeforeAll
	void run() throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"),
				Path.of("seeds/submissions"), dir.resolve("out"), Cutoff.CALENDAR, 5, false, Language.of("vi"),
				RunRequest.TEMPLATES));
		assertThat(outcome.completed()).isTrue();
		file = dir.resolve("out/2026-10/scorecard-2026-10.xlsx");
		summary = Summary.read(dir.resolve("out/2026-10/summary.json"));
		vi = new Words(Texts.load(RunRequest.TEMPLATES, "workbook", Language.VI));
	}

	@Test
	void everySheetNameAndHeaderIsTheVietnameseText() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactlyElementsOf(SHEETS.stream().map(vi::sheet).toList());
			assertThat(names).contains("Tóm tắt", "Bảng đánh giá");
			assertHeaders(workbook, "about", AboutSheet.LEGEND_ROW + AboutSheet.CODES.size() + 1, vi.headers("about", 9));
			assertHeaders(workbook, "summary", SummarySheet.HEADER_ROW, vi.headers("summary", SummarySheet.COLUMNS));
			assertHeaders(workbook, "reconciliation", 0, vi.headers("reconciliation", 10));
			assertHeaders(workbook, "values", 0, vi.headers("values", 12));
			assertHeaders(workbook, "submissions", 0, vi.headers("submissions", 18));
			assertHeaders(workbook, "rejections", 0, vi.headers("rejections", 11));
			assertHeaders(workbook, "completeness", 0, vi.headers("completeness", 5));
			assertHeaders(workbook, "tasks", 0, vi.headers("tasks", 7, "date", "31/10/2026"));
			assertHeaders(workbook, "quality", 0, vi.headers("quality", 8));
			assertHeaders(workbook, "targets", 0, vi.headers("targets", 8));
			Row matrix = workbook.getSheet(vi.sheet("matrix")).getRow(MatrixSheet.HEADER_ROW);
			List<String> expected = new ArrayList<>(List.of(vi.headers("matrix", MatrixSheet.FIRST)));
			for (int c = MatrixSheet.FIRST; c < matrix.getLastCellNum(); c += MatrixSheet.SPAN) {
				String indicator = matrix.getCell(c).getStringCellValue().replace(": số liệu", "");
				expected.addAll(List.of(vi.format("matrix.figure", "indicator", indicator),
						vi.format("matrix.status", "indicator", indicator),
						vi.format("matrix.change", "indicator", indicator)));
			}
			assertThat(texts(matrix)).containsExactlyElementsOf(expected);
			assertThat(workbook.getProperties().getCoreProperties().getTitle()).startsWith("Bảng tính đánh giá Tháng 10/2026");
		}
	}

	@Test
	void noCellTheWorkbookWordsHoldsAnEnglishWord() throws Exception {
		Set<String> english = englishWords();
		assertThat(english).contains("month", "status", "agency", "track", "rolled");
		List<String> found = new ArrayList<>();
		int checked = 0;
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			for (Sheet sheet : workbook) {
				String key = SHEETS.stream().filter(k -> vi.sheet(k).equals(sheet.getSheetName())).findFirst().orElseThrow();
				int headerRow = switch (key) {
					case "about" -> AboutSheet.LEGEND_ROW + AboutSheet.CODES.size() + 1;
					case "summary", "matrix" -> SummarySheet.HEADER_ROW;
					default -> 0;
				};
				Row header = sheet.getRow(headerRow);
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = text(cell);
						if (text == null || skipped(key, header, row.getRowNum(), headerRow, cell.getColumnIndex())) {
							continue;
						}
						checked++;
						for (String word : words(text)) {
							if (english.contains(word)) {
								found.add(sheet.getSheetName() + "!" + cell.getAddress() + " '" + word + "' in: " + text);
							}
						}
					}
				}
			}
		}
		assertThat(found).isEmpty();
		assertThat(checked).isGreaterThan(5000);
	}

	@Test
	void theStatusCodesAreSummaryJsonsAndTheirWordsTheReports() throws Exception {
		Map<String, JsonNode> results = summary.results();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			Sheet sheet = workbook.getSheet(vi.sheet("summary"));
			for (int r = SummarySheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String key = row.getCell(0).getStringCellValue().strip() + " " + row.getCell(2).getStringCellValue();
				String status = results.get(key).get("status").asText();
				assertThat(row.getCell(SummarySheet.STATUS).getStringCellValue()).as(key).isEqualTo(status);
				assertThat(row.getCell(SummarySheet.STATUS_WORD).getStringCellValue()).as(key).isEqualTo(vi.status(status));
				assertThat(row.getCell(SummarySheet.STATUS_WORD).getCellFormula()).contains("VLOOKUP($T" + (r + 1) + ",'Giới thiệu'!");
			}
			assertThat(sheet.getLastRowNum() - SummarySheet.HEADER_ROW).isEqualTo(results.size());
			assertThat(vi.status("achieved")).isEqualTo("đạt");
		}
	}

	/** LibreOffice recalculates the Vietnamese workbook from blanked values: the same codes, words and arrows. */
	@Test
	void libreOfficeRecalculatesTheSameStatuses() throws Exception {
		Map<String, List<CsvRecord>> sheets = LibreOfficeRecalculation.recalculate(file, dir, "vi", workbook -> {
		}, List.of(vi.sheet("summary"), vi.sheet("matrix")));
		Map<String, JsonNode> results = summary.results();
		List<CsvRecord> rows = sheets.get(vi.sheet("summary"));
		rows = rows.subList(SummarySheet.HEADER_ROW + 1, rows.size());
		assertThat(rows).hasSize(results.size());
		for (CsvRecord record : rows) {
			String key = record.getField(0).strip() + " " + record.getField(2);
			String status = results.get(key).get("status").asText();
			assertThat(record.getField(SummarySheet.STATUS)).as(key).isEqualTo(status);
			assertThat(record.getField(SummarySheet.STATUS_WORD)).as(key).isEqualTo(vi.status(status));
		}
		List<CsvRecord> matrix = sheets.get(vi.sheet("matrix"));
		CsvRecord header = matrix.get(MatrixSheet.HEADER_ROW);
		int shown = 0;
		for (CsvRecord row : matrix.subList(MatrixSheet.HEADER_ROW + 1, matrix.size())) {
			for (int c = MatrixSheet.FIRST; c < header.getFieldCount(); c += MatrixSheet.SPAN) {
				JsonNode result = results.get(row.getField(0) + " " + header.getField(c).replace(": số liệu", ""));
				if (result != null) {
					assertThat(row.getField(c + 1)).isEqualTo(vi.status(result.get("status").asText()));
					shown++;
				}
			}
		}
		assertThat(shown).isGreaterThan(40);
	}

	private void assertHeaders(XSSFWorkbook workbook, String key, int row, String[] expected) {
		Sheet sheet = workbook.getSheet(vi.sheet(key));
		assertThat(texts(sheet.getRow(row))).as(key).containsExactly(expected);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static String text(Cell cell) {
		if (cell.getCellType() == CellType.STRING
				|| (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING)) {
			return cell.getStringCellValue();
		}
		return null;
	}

	/** Data and code columns, About's run values (folders, version, fingerprint) and its legend's codes. */
	private boolean skipped(String key, Row header, int row, int headerRow, int column) {
		if (key.equals("about") && row < headerRow) {
			return column == 0 ? row >= AboutSheet.LEGEND_ROW : row > 0 && row < 9 || row == 11;
		}
		if (row <= headerRow || header.getCell(column) == null) {
			return false;
		}
		String title = header.getCell(column).getStringCellValue();
		return title.startsWith("Mã") || DATA_KEYS.contains(title) || title.startsWith("Các trang tính");
	}

	/** The words of a text, without codes (EXPORTS, HN-DOIT, on_track), file names and paths. */
	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String token : text.split("\\s+")) {
			if (token.contains("/") || token.contains("_") || token.contains(".") && token.length() > 1
					|| token.replaceAll("[^\\p{L}]", "").equals(token.replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT))) {
				continue;
			}
			for (String word : token.split("[^\\p{L}]+")) {
				if (!word.isEmpty()) {
					words.add(word.toLowerCase(Locale.ROOT));
				}
			}
		}
		return words;
	}

	/**
	 * The English words of the workbook's and the report's English texts (4 letters or more), less
	 * those the Vietnamese texts use too (Scorecard, rules.md, summary.json, SHA-256).
	 */
	private static Set<String> englishWords() throws IOException {
		Set<String> english = new HashSet<>();
		Set<String> vietnamese = new HashSet<>();
		for (String base : List.of("workbook", "report")) {
			read(base + "_en.properties").values().forEach(v -> english.addAll(plain(v.toString())));
			read(base + "_vi.properties").values().forEach(v -> vietnamese.addAll(plain(v.toString())));
		}
		english.removeAll(vietnamese);
		// the zone's name (Asia/Ho_Chi_Minh) in the English texts: Minh is Vietnamese too
		english.removeAll(Set.of("asia", "minh"));
		english.removeIf(w -> w.length() < 4);
		return english;
	}

	/** The words of a text, without its {placeholders}. */
	private static List<String> plain(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.replaceAll("\\{[^}]*\\}", " ").split("[^\\p{L}]+")) {
			if (!word.isEmpty()) {
				words.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return words;
	}

	private static Properties read(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RunRequest.TEMPLATES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
