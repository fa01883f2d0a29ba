package org.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.SummarySchema;
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

/**
 * What changed since the previous edition, on the demo data for 2026-10: a first edition; then a second
 * after EMB-US corrects its exports to the United States for October (a mission under MOFA, which sends
 * no figure of its own, under the nation); then a third in Vietnamese with --rerun and the same files.
 * The expected changes are found here by diffing the editions' summary.json results, independently of
 * the code that writes {@code changes}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:changes;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesSectionTests {

	private static final String CORRECTED = "2026/2026-10/EMB-US-2026-10.csv";

	private static final List<String> FIGURES = List.of("month", "ytd", "ytd_prev", "growth_month", "growth_ytd");

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	RunOutcome first;

	RunOutcome second;

	RunOutcome third;

	Summary before;

	Summary after;

	Summary rerun;

	@BeforeAll
	void runThreeEditions() throws Exception {
		Path inbox = dir.resolve("inbox");
		FileSystemUtils.copyRecursively(Path.of("seeds/submissions"), inbox);
		first = run(inbox, false, Language.EN);
		Path period = dir.resolve("out/2026-10");
		Path firstPdf = dir.resolve("first.pdf");
		Files.copy(period.resolve("scorecard-2026-10.pdf"), firstPdf);
		Path file = inbox.resolve(CORRECTED);
		String original = Files.readString(file);
		String corrected = original.replace("EMB-US,2026-10,EXPORTS_MARKET,13320.58,USD_M,2026-11-02T14:48:00+07:00,",
				"EMB-US,2026-10,EXPORTS_MARKET,14000.00,USD_M,2026-11-03T09:00:00+07:00,");
		assertThat(corrected).isNotEqualTo(original);
		Files.writeString(file, corrected);
		second = run(inbox, false, Language.EN);
		Files.copy(period.resolve("scorecard-2026-10.pdf"), dir.resolve("second.pdf"));
		third = run(inbox, true, Language.VI);
		before = Summary.read(period.resolve("history/" + first.run().id() + "/summary.json"));
		after = Summary.read(period.resolve("history/" + second.run().id() + "/summary.json"));
		rerun = Summary.read(period.resolve("summary.json"));
	}

	private RunOutcome run(Path inbox, boolean rerun, Language lang) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"), inbox,
				dir.resolve("out"), Cutoff.CALENDAR, 5, rerun, lang, RunRequest.TEMPLATES));
		assertThat(outcome.completed()).isTrue();
		return outcome;
	}

	@Test
	void aFirstEditionHasNoChangesAndNoSection() {
		JsonNode changes = before.root().get("changes");
		assertThat(changes.get("previous_run_id").isNull()).isTrue();
		assertThat(changes.get("previous_edition").isNull()).isTrue();
		for (String list : List.of("added", "removed", "replaced")) {
			assertThat(changes.get("files").get(list)).as(list).isEmpty();
		}
		assertThat(changes.get("results")).isEmpty();
		PdfFile pdf = new PdfFile(dir.resolve("first.pdf"));
		assertThat(pdf.topBookmarks().keySet()).noneMatch(title -> title.startsWith("What changed"));
		assertThat(pdf.text()).doesNotContain("What changed");
	}

	@Test
	void everySummaryJsonHoldsToTheSchema() {
		SummarySchema.assertValid(dir.resolve("out/2026-10/history/" + first.run().id() + "/summary.json"));
		SummarySchema.assertValid(dir.resolve("out/2026-10/history/" + second.run().id() + "/summary.json"));
		SummarySchema.assertValid(dir.resolve("out/2026-10/summary.json"));
	}

	/** Per "AGENCY INDICATOR", the figures (and "status") that differ between two summaries' results. */
	private static Map<String, Set<String>> diff(Summary old, Summary now) {
		Set<String> keys = new TreeSet<>(old.results().keySet());
		keys.addAll(now.results().keySet());
		Map<String, Set<String>> changed = new TreeMap<>();
		for (String key : keys) {
			JsonNode was = old.results().get(key);
			JsonNode is = now.results().get(key);
			Set<String> fields = new TreeSet<>();
			for (String figure : FIGURES) {
				BigDecimal a = number(was, figure);
				BigDecimal b = number(is, figure);
				if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
					fields.add(figure);
				}
			}
			String statusBefore = was == null ? null : was.get("status").asText();
			String statusAfter = is == null ? null : is.get("status").asText();
			if (statusBefore == null ? statusAfter != null : !statusBefore.equals(statusAfter)) {
				fields.add("status");
			}
			if (!fields.isEmpty()) {
				changed.put(key, fields);
			}
		}
		return changed;
	}

	private static BigDecimal number(JsonNode result, String field) {
		return result == null || result.get(field).isNull() ? null : result.get(field).decimalValue();
	}

	private static BigDecimal number(JsonNode node) {
		return node.isNull() ? null : node.decimalValue();
	}

	private static Map<String, JsonNode> changedResults(Summary summary) {
		Map<String, JsonNode> results = new TreeMap<>();
		summary.root().get("changes").get("results")
			.forEach(r -> results.put(r.get("agency").asText() + " " + r.get("indicator").asText(), r));
		return results;
	}

	@Test
	void theSecondEditionListsExactlyTheResultsThatChanged() {
		JsonNode changes = after.root().get("changes");
		assertThat(changes.get("previous_run_id").asLong()).isEqualTo(first.run().id());
		assertThat(changes.get("previous_edition").asInt()).isEqualTo(1);
		Map<String, Set<String>> expected = diff(before, after);
		// the mission, its ministry (no figure of its own: rolled up) and the nation above it
		assertThat(after.result("MOFA", "EXPORTS_MARKET").get("rolled_up").asBoolean()).isTrue();
		assertThat(expected).containsKeys("EMB-US EXPORTS_MARKET", "MOFA EXPORTS_MARKET");
		Map<String, JsonNode> listed = changedResults(after);
		assertThat(listed.keySet()).containsExactlyElementsOf(expected.keySet());
		for (var entry : listed.entrySet()) {
			String key = entry.getKey();
			JsonNode change = entry.getValue();
			Set<String> fields = new TreeSet<>();
			change.get("figures").fieldNames().forEachRemaining(fields::add);
			for (String figure : fields) {
				assertThat(number(change.get("figures").get(figure).get("before"))).as(key + " " + figure)
					.isEqualByComparingTo(number(before.results().get(key), figure));
				assertThat(number(change.get("figures").get(figure).get("after"))).as(key + " " + figure)
					.isEqualByComparingTo(number(after.results().get(key), figure));
			}
			if (change.has("status")) {
				fields.add("status");
				assertThat(change.get("status").get("before").asText()).isEqualTo(before.results().get(key).get("status").asText());
				assertThat(change.get("status").get("after").asText()).isEqualTo(after.results().get(key).get("status").asText());
			}
			assertThat(fields).as(key).isEqualTo(expected.get(key));
			assertThat(change.get("files")).as(key).extracting(JsonNode::asText).containsExactly(CORRECTED);
		}
		JsonNode mission = listed.get("EMB-US EXPORTS_MARKET");
		assertThat(number(mission.get("figures").get("month").get("before"))).isEqualByComparingTo("13320.58");
		assertThat(number(mission.get("figures").get("month").get("after"))).isEqualByComparingTo("14000");
		assertThat(mission.get("status").get("before").asText()).isEqualTo("off_track");
		assertThat(mission.get("status").get("after").asText()).isEqualTo("achieved");
	}

	@Test
	void theSecondEditionNamesTheCorrectedFile() {
		JsonNode files = after.root().get("changes").get("files");
		assertThat(files.get("replaced")).extracting(JsonNode::asText).containsExactly(CORRECTED);
		assertThat(files.get("added")).isEmpty();
		assertThat(files.get("removed")).isEmpty();
	}

	@Test
	void theReportShowsTheChangesRightAfterTheSummary() {
		PdfFile pdf = new PdfFile(dir.resolve("second.pdf"));
		List<String> titles = new ArrayList<>(pdf.topBookmarks().keySet());
		int at = titles.indexOf("What changed since edition 1");
		assertThat(at).isPositive();
		assertThat(titles.get(at - 1)).isEqualTo("Executive summary");
		int from = pdf.topBookmarks().get(titles.get(at));
		String section = pdf.text(from, pdf.topBookmarks().get(titles.get(at + 1)) - 1);
		// PDFBox splits some words of headings ("F iles"): phrases are compared without spaces
		assertThat(PdfFile.squeezed(section)).contains("Filesthatchanged", PdfFile.squeezed("replaced " + CORRECTED),
				"EmbassyofVietNamintheUnitedStates", "MinistryofForeignAffairs");
		// the status cell wraps after the arrow, beside the file's name
		assertThat(section).contains("Value of the month 13,320.58 14,000.00", "off track \u2192",
				"Growth on the month 0.71 % 5.85 %");
	}

	private static final org.scorecard.text.Texts EN = org.scorecard.text.Texts.load(java.nio.file.Path.of("templates"),
			"workbook", org.scorecard.text.Language.EN);

	/** The workbook's words of the figures (and of "status"), to their codes. */
	private static final Map<String, String> FIGURE_CODES = figureCodes();

	private static Map<String, String> figureCodes() {
		Map<String, String> codes = new java.util.HashMap<>();
		org.scorecard.changes.EditionChanges.FIGURES.forEach(f -> codes.put(EN.get("changes.figure." + f), f));
		codes.put(EN.get("changes.status"), "status");
		return codes;
	}

	/** The workbook's Changes sheet: none in a first edition; in the second, one row per changed figure and status. */
	@Test
	void theWorkbookListsTheSameChanges() throws Exception {
		Path history = dir.resolve("out/2026-10/history");
		try (XSSFWorkbook book = new XSSFWorkbook(history.resolve(first.run().id() + "/scorecard-2026-10.xlsx").toFile())) {
			assertThat(book.getSheet("Changes")).isNull();
		}
		try (XSSFWorkbook book = new XSSFWorkbook(history.resolve(second.run().id() + "/scorecard-2026-10.xlsx").toFile())) {
			Sheet sheet = book.getSheet("Changes");
			assertThat(sheet).isNotNull();
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Before (edition 1)");
			Set<String> rows = new TreeSet<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				// the English workbook words the figure and the status: back to their codes
				String figure = FIGURE_CODES.getOrDefault(row.getCell(2).getStringCellValue(), row.getCell(2).getStringCellValue());
				String key = row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue();
				rows.add(key + " " + figure);
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo(CORRECTED);
				if (figure.equals("status")) {
					assertThat(row.getCell(3).getStringCellValue())
						.isEqualTo(EN.status(before.results().get(key).get("status").asText()));
					assertThat(row.getCell(4).getStringCellValue())
						.isEqualTo(EN.status(after.results().get(key).get("status").asText()));
				}
				else {
					assertThat(row.getCell(3).getNumericCellValue())
						.isEqualTo(number(before.results().get(key), figure).doubleValue());
					assertThat(row.getCell(4).getNumericCellValue())
						.isEqualTo(number(after.results().get(key), figure).doubleValue());
				}
			}
			Set<String> expected = new TreeSet<>();
			diff(before, after).forEach((key, fields) -> fields.forEach(field -> expected.add(key + " " + field)));
			assertThat(rows).isEqualTo(expected);
		}
	}

	@Test
	void aRerunWithTheSameFilesSaysNothingChangedInItsLanguage() {
		JsonNode changes = rerun.root().get("changes");
		assertThat(changes.get("previous_run_id").asLong()).isEqualTo(second.run().id());
		assertThat(changes.get("previous_edition").asInt()).isEqualTo(2);
		assertThat(changes.get("files").get("replaced")).isEmpty();
		assertThat(changes.get("results")).isEmpty();
		PdfFile pdf = new PdfFile(dir.resolve("out/2026-10/scorecard-2026-10.pdf"));
		assertThat(pdf.topBookmarks()).containsKey("Những thay đổi so với lần phát hành thứ 2");
		assertThat(pdf.squeezed()).contains(PdfFile.squeezed("Không có tệp số liệu nào thay đổi."),
				PdfFile.squeezed("Không có số liệu hay đánh giá nào thay đổi."));
	}

}
