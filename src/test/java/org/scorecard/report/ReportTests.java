package org.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.scorecard.SummarySchema;

/** The PDFs of the demo run for 2026-10, in English and in Vietnamese, read back with PDFBox. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	Summary summary;

	Map<String, Integer> decimals = new HashMap<>();

	PdfFile english;

	PdfFile vietnamese;

	Path englishDir;

	Path vietnameseDir;

	@BeforeAll
	void run() throws Exception {
		englishDir = runIn("en");
		vietnameseDir = runIn("vi");
		summary = Summary.read(englishDir.resolve("summary.json"));
		english = new PdfFile(englishDir.resolve("scorecard-2026-10.pdf"));
		vietnamese = new PdfFile(vietnameseDir.resolve("scorecard-2026-10.pdf"));
		for (String line : Files.readAllLines(Path.of("seeds/reference/indicators.csv")).subList(1, 21)) {
			String[] fields = line.split(",");
			decimals.put(fields[0], Integer.parseInt(fields[fields.length - 1]));
		}
	}

	private Path runIn(String lang) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"),
				Path.of("seeds/submissions"), dir.resolve(lang), Cutoff.CALENDAR, 5, false, org.scorecard.text.Language.of(lang), RunRequest.TEMPLATES));
		assertThat(outcome.completed()).as(lang).isTrue();
		return dir.resolve(lang).resolve("2026-10");
	}

	/** Written independently of the report's code: half-up to the decimals, "," thousands, "." decimals. */
	private static String english(BigDecimal value, int decimals) {
		if (value == null) {
			return null;
		}
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
				DecimalFormatSymbols.getInstance(java.util.Locale.US));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static BigDecimal number(JsonNode result, String field) {
		return result.get(field).isNull() ? null : result.get(field).decimalValue();
	}

	@Test
	void everyFigureOfTheIndicatorTableEqualsSummaryJson() {
		Map<String, Integer> sections = english.topBookmarks();
		String table = english.text(sections.get("Indicators against targets"),
				sections.get("Results by agency group") - 1);
		int rows = 0;
		for (JsonNode result : summary.results().values()) {
			if (result.get("target").isNull()) {
				continue;
			}
			int places = decimals.get(result.get("indicator").asText());
			String rolledUp = result.get("rolled_up").asBoolean() ? " \u2020" : "";
			List<String> figures = new ArrayList<>();
			if (!result.get("month").isNull()) {
				figures.add(english(number(result, "month"), places) + rolledUp);
			}
			if (!result.get("ytd").isNull()) {
				figures.add(english(number(result, "ytd"), places) + rolledUp);
			}
			// the figure the status was judged on: the target's measure, as summary.json has it
			if (!result.get("measured").isNull()) {
				figures.add(result.get("target").get("measure").asText().startsWith("growth")
						? english(number(result, "measured"), 2) + " %" : english(number(result, "measured"), places));
			}
			String row = figures.stream().filter(f -> f != null).collect(Collectors.joining(" "));
			assertThat(table).as(result.get("agency").asText() + " " + result.get("indicator").asText()).contains(row);
			rows++;
		}
		assertThat(rows).isEqualTo(98);
		// the headline sentence of national exports
		assertThat(english.squeezed()).contains(PdfFile.squeezed("Export turnover reached 424,740.50 US$ million in the "
				+ "first 10 months of 2026, up 8.78 % on the same months of last year"));
	}

	/** The indicator table, from its first header on (the legend above it explains the marks). */
	private String targetsTable() {
		Map<String, Integer> sections = english.topBookmarks();
		String text = english.text(sections.get("Indicators against targets"), sections.get("Results by agency group") - 1);
		return text.substring(text.indexOf("Indicator October Year to date Judged on Target Status"));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			count++;
		}
		return count;
	}

	@Test
	void everyPartialRolledUpAndQuestionedResultIsMarkedInTheIndicatorTable() {
		String table = targetsTable();
		int partial = 0;
		int rolledUpFigures = 0;
		int questioned = 0;
		for (JsonNode result : summary.results().values()) {
			if (result.get("target").isNull()) {
				continue;
			}
			if (!result.get("ytd").isNull() && result.get("months_reported").asInt() < 10) {
				partial++;
				assertThat(table).contains(result.get("months_reported").asInt() + " of 10 months");
			}
			if (result.get("rolled_up").asBoolean()) {
				rolledUpFigures += (result.get("month").isNull() ? 0 : 1) + (result.get("ytd").isNull() ? 0 : 1);
			}
			if (result.get("in_question").asBoolean()) {
				questioned++;
			}
		}
		assertThat(partial).isEqualTo(12);
		assertThat(occurrences(table, " of 10 months")).isEqualTo(partial);
		assertThat(rolledUpFigures).isPositive();
		assertThat(occurrences(table, "\u2020")).isEqualTo(rolledUpFigures);
		// HCM-DOIT's share of procedures decentralised (121 of 118) and its two sides, DOI's outlier
		assertThat(questioned).isEqualTo(3);
		assertThat(occurrences(table, "in question")).isEqualTo(questioned);
		assertThat(summary.result("HCM-DOIT", "PROC_SHARE").get("in_question").asBoolean()).isTrue();
	}

	/**
	 * Each agency's scorecard lists exactly the rejected rows of the files it sent (the sender of each
	 * file as summary.json names it) and of rows naming it elsewhere, and its unreadable files, as
	 * rejects.csv has them; the others say that nothing was rejected.
	 */
	@Test
	void everyScorecardListsExactlyTheRejectedRowsAndUnreadableFilesOfWhatItsAgencySent() throws Exception {
		Map<String, String> senders = new HashMap<>();
		summary.root().get("inputs").forEach(input -> senders.put(input.get("file").asText(),
				input.get("sender").isNull() ? null : input.get("sender").asText()));
		List<de.siegmar.fastcsv.reader.CsvRecord> rejects = new ArrayList<>();
		try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(englishDir.resolve("rejects.csv"))) {
			reader.stream().skip(1).forEach(rejects::add);
		}
		Map<String, Integer> listed = new HashMap<>();
		java.util.regex.Pattern entry = java.util.regex.Pattern.compile("\\.(csv|xlsx|xls|ods)(\\d+|\u2014)");
		try (var files = Files.list(englishDir.resolve("agencies"))) {
			for (Path file : files.toList()) {
				String agency = file.getFileName().toString().replace("-2026-10.pdf", "");
				List<String> expected = new ArrayList<>();
				for (var reject : rejects) {
					if (agency.equals(senders.get(reject.getField(0))) || agency.equals(reject.getField(2))) {
						expected.add(reject.getField(0) + " " + (reject.getField(1).isEmpty() ? "\u2014" : reject.getField(1)));
					}
				}
				// squeezed: PDFBox sometimes splits a heading's first letter from the rest
				String text = new PdfFile(file).squeezed();
				int start = text.indexOf("Rejectedrows");
				String section = text.substring(start, text.indexOf("Dataquality", start));
				if (expected.isEmpty()) {
					assertThat(section).as(agency).contains(PdfFile.squeezed("No row you sent was rejected"));
				}
				else {
					assertThat(section).as(agency).contains(expected.stream().map(PdfFile::squeezed).toList());
					assertThat(entry.matcher(section).results().count()).as(agency).isEqualTo(expected.size());
				}
				listed.put(agency, expected.size());
			}
		}
		assertThat(listed).containsEntry("HN-DOIT", 1).containsEntry("HP", 1).containsEntry("CB", 1);
		// every rejected row and unreadable file is on some scorecard
		assertThat(listed.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(rejects.size());
	}

	/** HCM-DOIT's impossible share (121 of 118) is in question on its scorecard, with the finding. */
	@Test
	void aScorecardShowsItsDataQualityFindings() {
		String none = PdfFile.squeezed("No data-quality finding concerns your figures");
		String hcmDoit = new PdfFile(englishDir.resolve("agencies/HCM-DOIT-2026-10.pdf")).squeezed();
		assertThat(hcmDoit).contains("inquestion", PdfFile.squeezed("More procedures decentralised than procedures in force")).doesNotContain(none);
		for (JsonNode finding : summary.quality()) {
			Path scorecard = englishDir.resolve("agencies/" + finding.get("agency").asText() + "-2026-10.pdf");
			if (Files.exists(scorecard)) {
				assertThat(new PdfFile(scorecard).squeezed()).as(finding.toString()).doesNotContain(none);
			}
		}
		assertThat(new PdfFile(englishDir.resolve("agencies/HP-2026-10.pdf")).squeezed()).contains(none);
	}

	/**
	 * summary.json as a documented interface: valid against the schema shipped in the jar, in both
	 * languages; one time format (ISO 8601 with seconds, +07:00); every file with its sender.
	 */
	@Test
	void summaryJsonFollowsItsSchemaAndNamesEachFilesSender() {
		SummarySchema.assertValid(englishDir.resolve("summary.json"));
		SummarySchema.assertValid(vietnameseDir.resolve("summary.json"));
		JsonNode root = summary.root();
		assertThat(root.get("schema_version").asText()).isEqualTo("2");
		assertThat(root.get("generated_at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		assertThat(root.get("reporting").get("deadline").asText()).isEqualTo("2026-11-05T23:59:59+07:00");
		Map<String, String> senders = new HashMap<>();
		root.get("inputs").forEach(input -> senders.put(input.get("file").asText(),
				input.get("sender").isNull() ? null : input.get("sender").asText()));
		// HN-DOIT's file names HN-SCT on a row it sent; HP's has a malformed row; CB's cannot be read
		assertThat(senders).containsEntry("2026/2026-10/HN-DOIT-2026-10.csv", "HN-DOIT")
			.containsEntry("2026/2026-10/HP-2026-10.csv", "HP")
			.containsEntry("2026/2026-10/CB-2026-10.csv", "CB")
			.containsEntry("2026/2026-10/AG-2026-10-fdi.csv", "AG");
		assertThat(senders.values()).doesNotContainNull();
		assertThat(root.get("unattributed")).isEmpty();
	}

	@Test
	void vietnameseNamesSurviveExactly() {
		String text = vietnamese.text();
		assertThat(text).contains("Hà Nội", "Lào Cai", "Đắk Lắk", "Thừa Thiên Huế", "Thành phố Hồ Chí Minh",
				"Kim ngạch xuất khẩu", "Tháng 10/2026");
		assertThat(vietnamese.squeezed()).contains(PdfFile.squeezed("Các chỉ tiêu so với kế hoạch"));
		// numbers written the Vietnamese way: 424.740,50
		assertThat(text).contains("424.740,50");
		PdfFile hanoi = new PdfFile(englishDir.resolve("agencies/HN-2026-10.pdf"));
		assertThat(hanoi.squeezed()).contains("Scorecard:Hanoi(HàNội)");
		PdfFile daklak = new PdfFile(vietnameseDir.resolve("agencies/DLK-2026-10.pdf"));
		assertThat(daklak.squeezed()).contains(PdfFile.squeezed("Phiếu đánh giá: Đắk Lắk (Dak Lak)"));
	}

	@Test
	void vietnameseEditionPrintsTasksAndRuleMessagesInVietnamese() {
		assertThat(vietnamese.squeezed()).contains(PdfFile.squeezed("Đề xuất giải pháp tháo gỡ vướng mắc"))
			.doesNotContain(PdfFile.squeezed("Propose measures to remove obstacles"));
		assertThat(english.squeezed()).contains(PdfFile.squeezed("Propose measures to remove obstacles"));
		assertThat(vietnamese.squeezed()).contains(PdfFile.squeezed("Số thủ tục được phân cấp lớn hơn"))
			.doesNotContain(PdfFile.squeezed("More procedures decentralised"));
	}

	@Test
	void lastPageSaysPageYOfY() {
		assertThat(english.pageTexts.get(english.pages - 1))
			.contains("Page " + english.pages + " of " + english.pages);
		assertThat(english.pageTexts.get(1)).contains("Page 2 of " + english.pages);
		assertThat(vietnamese.pageTexts.get(vietnamese.pages - 1))
			.contains("Trang " + vietnamese.pages + "/" + vietnamese.pages);
	}

	@Test
	void bookmarksAndMetadataArePresent() {
		assertThat(english.topBookmarks().keySet()).containsExactly("Contents", "Executive summary",
				"Scorecard: agencies against key indicators", "Indicators against targets", "Results by agency group", "Charts", "Completeness and timeliness", "Tasks",
				"Data quality and rejected rows", "Methods");
		assertThat(english.bookmarks.get(4).children()).extracting(PdfFile.Bookmark::title)
			.containsExactly("National figures", "Ministries", "Departments", "Provinces and cities", "Missions abroad");
		english.bookmarks.forEach(b -> assertThat(b.page()).as(b.title()).isBetween(2, english.pages));
		assertThat(english.info.getTitle()).isEqualTo("Monthly Scorecard: October 2026");
		assertThat(english.info.getAuthor()).isEqualTo("Secretariat");
		assertThat(english.info.getSubject()).contains("October 2026");
		assertThat(english.info.getCreator()).startsWith("Scorecard ");
		assertThat(vietnamese.info.getTitle()).isEqualTo("Báo cáo đánh giá hằng tháng: Tháng 10/2026");
		assertThat(vietnamese.topBookmarks()).containsKey("Tóm tắt");
	}

	@Test
	void scorecardsExistForExactlyTheReportingAgencies() throws Exception {
		Set<String> expected = new TreeSet<>();
		summary.root().get("completeness").forEach(c -> expected.add(c.get("agency").asText() + "-2026-10.pdf"));
		assertThat(expected).hasSize(34);
		for (Path folder : List.of(englishDir, vietnameseDir)) {
			try (var files = Files.list(folder.resolve("agencies"))) {
				Set<String> written = files.map(p -> p.getFileName().toString())
					.collect(Collectors.toCollection(TreeSet::new));
				assertThat(written).isEqualTo(expected);
			}
		}
	}

	@Test
	void aScorecardShowsItsFiguresTimelinessRejectsAndTasks() {
		PdfFile doi = new PdfFile(englishDir.resolve("agencies/DOI-2026-10.pdf"));
		String text = doi.squeezed();
		// DOI: PROC_SHARE ytd 80.6 (1 decimal), PROC_TOTAL 31, compliance cost saved 7.80
		assertThat(text).contains("80.6", "7.80", "ontime", "T-16", "overdue",
				PdfFile.squeezed("No row you sent was rejected"));
		assertThat(doi.pages).isBetween(1, 2);
		PdfFile ninhThuan = new PdfFile(englishDir.resolve("agencies/NT-2026-10.pdf"));
		assertThat(ninhThuan.squeezed()).contains("arrivedlate");
		PdfFile quangNinh = new PdfFile(englishDir.resolve("agencies/QNI-2026-10.pdf"));
		assertThat(quangNinh.text()).contains("CONFLICT", "2026/2026-10/QNI-2026-10.csv");
		PdfFile korea = new PdfFile(englishDir.resolve("agencies/EMB-KR-2026-10.pdf"));
		assertThat(korea.squeezed()).contains(PdfFile.squeezed("No submission for October 2026 has been received"));
	}

	@Test
	void chartsAreVectorsWithTheirTextInTheFont() {
		Map<String, Integer> sections = vietnamese.topBookmarks();
		String charts = vietnamese.pageTexts.get(sections.get("Biểu đồ") - 1);
		assertThat(PdfFile.squeezed(charts)).contains(
				PdfFile.squeezed("Kim ngạch xuất khẩu: tăng trưởng lũy kế theo tỉnh, so với chỉ tiêu"), "ThừaThiênHuế",
				PdfFile.squeezed("Số liệu cả nước, mười hai tháng gần nhất"));
	}

	/** The demo edition's SHA256SUMS names every output and passes {@code sha256sum -c}. */
	@Test
	void sha256sumsOfTheDemoRunPassesSha256sumCheck() throws Exception {
		Process check = new ProcessBuilder("sha256sum", "-c", "--strict", "SHA256SUMS").directory(englishDir.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(check.waitFor()).as(output).isZero();
		// 4 files + 34 scorecards
		assertThat(output.lines().filter(line -> line.endsWith(": OK"))).hasSize(38);
	}

}
