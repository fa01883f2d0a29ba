package org.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.period.Cutoff;
import org.scorecard.reference.AgencyKind;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The report read as a leader reads it, on the demo run for 2026-10 in both languages: page 1 names
 * every off-track national indicator, every late and missing agency and the overdue tasks, each with
 * a page that shows it; the contents give each section's page; the matrix shows every (agency, key
 * indicator) status of summary.json.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:glance;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportGlanceTests {

	private static final Pattern ENDS_WITH_PAGE = Pattern.compile(".* (\\d+)$");

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	Summary summary;

	final Map<Language, PdfFile> pdfs = new HashMap<>();

	final ReferenceData reference = ReferenceLoader.load(Path.of("seeds/reference"));

	@BeforeAll
	void run() throws Exception {
		for (Language lang : List.of(Language.of("en"), Language.of("vi"))) {
			RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"),
					Path.of("seeds/submissions"), dir.resolve(lang.code()), Cutoff.CALENDAR, 5, false, lang,
					RunRequest.TEMPLATES));
			assertThat(outcome.completed()).isTrue();
			Path out = dir.resolve(lang.code()).resolve("2026-10");
			pdfs.put(lang, new PdfFile(out.resolve("scorecard-2026-10.pdf")));
			summary = Summary.read(out.resolve("summary.json"));
		}
	}

	@Test
	void pageOneNamesEveryOffTrackHeadlineIndicatorWithThePageOfItsRow() {
		List<JsonNode> offTrack = new ArrayList<>();
		summary.results().values().forEach(r -> {
			if (r.get("agency").asText().equals("VN") && !r.get("target").isNull()
					&& r.get("status").asText().equals("off_track")) {
				offTrack.add(r);
			}
		});
		assertThat(offTrack).hasSize(3);
		for (Language lang : pdfs.keySet()) {
			PdfFile pdf = pdfs.get(lang);
			for (JsonNode result : offTrack) {
				String name = reference.indicator(result.get("indicator").asText()).name(lang);
				String line = line(pdf, name.substring(0, Math.min(name.length(), 24)));
				assertThat(line).as(lang + " " + name).contains(lang.code().equals("vi") ? "không đạt" : "off track");
				int page = page(line);
				// the row on that page: the name's first words (a long name wraps in its cell)
				assertThat(pdf.text(page, page)).as(lang + " page " + page)
					.contains(name.substring(0, Math.min(name.length(), 24)))
					.contains(reference.agencies().get("VN").name(lang));
			}
		}
	}

	@Test
	void pageOneNamesEveryLateAndMissingAgencyWithThePageOfItsRow() {
		int named = 0;
		for (JsonNode status : summary.root().get("completeness")) {
			String code = status.get("status").asText();
			if (code.equals("on_time")) {
				continue;
			}
			named++;
			for (Language lang : pdfs.keySet()) {
				PdfFile pdf = pdfs.get(lang);
				String name = reference.agencies().get(status.get("agency").asText()).name(lang);
				String prefix = lang.code().equals("vi") ? (code.equals("late") ? "Gửi chậm: " : "Chưa gửi: ")
						: (code.equals("late") ? "Reported late: " : "Did not report: ");
				int page = page(line(pdf, prefix + name));
				assertThat(pdf.text(page, page)).as(lang + " " + name).contains(status.get("agency").asText()).contains(name);
			}
		}
		assertThat(named).isEqualTo(2);
	}

	@Test
	void pageOneCountsTheOverdueTasksWithThePageThatListsThem() {
		List<String> overdue = new ArrayList<>();
		summary.root().get("tasks").forEach(t -> {
			if (t.get("status").asText().equals("overdue")) {
				overdue.add(t.get("id").asText());
			}
		});
		assertThat(overdue).hasSize(5);
		int en = page(line(pdfs.get(Language.of("en")), overdue.size() + " tasks overdue as of 31 October 2026"));
		int vi = page(line(pdfs.get(Language.of("vi")), overdue.size() + " nhiệm vụ quá hạn tính đến ngày 31/10/2026"));
		// headings compared without spaces: PDFBox splits the first letter of a large heading
		assertThat(PdfFile.squeezed(pdfs.get(Language.of("en")).text(en, en))).contains("Overduetasks");
		assertThat(PdfFile.squeezed(pdfs.get(Language.of("vi")).text(vi, vi))).contains("Nhiệmvụquáhạn");
		assertThat(pdfs.get(Language.of("en")).text(en, en)).contains(overdue);
		assertThat(pdfs.get(Language.of("vi")).text(vi, vi)).contains(overdue);
	}

	@Test
	void theContentsGiveThePageOfEverySection() {
		for (PdfFile pdf : pdfs.values()) {
			Map<String, Integer> sections = pdf.topBookmarks();
			List<String> contents = pdf.lines(2, 2, true);
			int listed = 0;
			for (Map.Entry<String, Integer> section : sections.entrySet()) {
				for (String line : contents) {
					if (line.equals(section.getKey() + " " + section.getValue())) {
						listed++;
					}
				}
			}
			// every section but the contents themselves
			assertThat(listed).isEqualTo(sections.size() - 1).isGreaterThanOrEqualTo(9);
		}
	}

	@Test
	void theMatrixShowsTheStatusOfEveryAgencyAndKeyIndicatorOfSummaryJsonWithItsChangeSinceSeptember() {
		// the run keeps its reference data by code, so the columns are in the order of the codes
		List<String> key = reference.keyIndicators(2026).stream().map(i -> i.code()).sorted().toList();
		assertThat(key).hasSize(10);
		AgencyTree tree = new AgencyTree(reference.agencies());
		for (Language lang : pdfs.keySet()) {
			List<String> expected = new ArrayList<>();
			for (AgencyKind kind : AgencyKind.values()) {
				for (String agency : tree.order()) {
					if (reference.agencies().get(agency).kind() != kind) {
						continue;
					}
					for (String indicator : key) {
						JsonNode result = summary.results().get(agency + " " + indicator);
						if (result != null) {
							String arrow = arrow(result.get("status_prev").isNull() ? null : result.get("status_prev").asText(),
									result.get("status").asText());
							expected.add(agency + " " + indicator + ": " + arrow + label(lang, result.get("status").asText()));
						}
					}
				}
			}
			PdfFile pdf = pdfs.get(lang);
			Map<String, Integer> sections = pdf.topBookmarks();
			String title = lang.code().equals("vi") ? "Bảng đánh giá: các cơ quan theo các chỉ tiêu chính"
					: "Scorecard: agencies against key indicators";
			int from = sections.get(title);
			int to = sections.values().stream().filter(p -> p > from).min(Integer::compare).orElseThrow() - 1;
			Pattern status = Pattern.compile("^((?:[\u25B2\u25BC=] )?(?:" + String.join("|",
					List.of("achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data", "no_target")
						.stream()
						.map(s -> Pattern.quote(label(lang, s)))
						.toList()) + "))$");
			List<String> shown = new ArrayList<>();
			List<String> lines = pdf.lines(from, to, false);
			for (int l = 0; l < lines.size(); l++) {
				String line = lines.get(l);
				// "có nguy cơ không đạt" wraps in a matrix cell: its second line is not a status of its own
				if (line.endsWith("có nguy cơ") && l + 1 < lines.size() && lines.get(l + 1).equals("không đạt")) {
					line = line + " " + lines.get(++l);
				}
				Matcher m = status.matcher(line);
				if (m.matches()) {
					shown.add(m.group(1));
				}
			}
			assertThat(shown).as(lang.code()).hasSize(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertThat(expected.get(i)).as(lang.code()).endsWith(": " + shown.get(i));
			}
		}
	}

	@Test
	void everyScorecardShowsTheAgencysLastTwelvePeriodsEndingWithThisOnesStatus() {
		Path agencies = dir.resolve("en").resolve("2026-10").resolve("agencies");
		for (JsonNode status : summary.root().get("completeness")) {
			String agency = status.get("agency").asText();
			PdfFile scorecard = new PdfFile(agencies.resolve(agency + "-2026-10.pdf"));
			String text = scorecard.text();
			// the label "Last 12 periods" wraps in its cell, around the row of months
			Matcher statuses = Pattern.compile("Last 12 (?:periods )?11/25 12/25 01/26 02/26 03/26 04/26 05/26 06/26 "
					+ "07/26 08/26 09/26 10/26 (?:periods )?((?:(?:on time|late|missing) ){12})")
				.matcher(text);
			assertThat(statuses.find()).as(agency + ": " + text).isTrue();
			assertThat(statuses.group(1).strip()).as(agency).endsWith(status.get("status").asText().replace('_', ' '));
		}
	}

	/**
	 * The arrow of a status change, worked out here: ranks off track < at risk < on track < achieved <
	 * exceeded, no arrow from or to no data or no target; "▲ " better, "▼ " worse, "= " the same.
	 */
	private static String arrow(String previous, String current) {
		List<String> rank = List.of("off_track", "at_risk", "on_track", "achieved", "exceeded");
		if (previous == null || !rank.contains(previous) || !rank.contains(current)) {
			return "";
		}
		int change = Integer.compare(rank.indexOf(current), rank.indexOf(previous));
		return change > 0 ? "\u25B2 " : change < 0 ? "\u25BC " : "= ";
	}

	private static String label(Language lang, String status) {
		return switch (lang.code() + " " + status) {
			case "vi achieved" -> "đạt";
			case "vi exceeded" -> "vượt";
			case "vi on_track" -> "đúng tiến độ";
			case "vi at_risk" -> "có nguy cơ không đạt";
			case "vi off_track" -> "không đạt";
			case "vi no_data" -> "chưa có số liệu";
			case "vi no_target" -> "không có chỉ tiêu";
			default -> status.replace('_', ' ');
		};
	}

	/** The line of page 1 that begins with {@code start}. */
	private static String line(PdfFile pdf, String start) {
		return pdf.lines(1, 1, true)
			.stream()
			.filter(l -> l.startsWith(start))
			.findFirst()
			.orElseThrow(() -> new AssertionError("page 1 has no line beginning '" + start + "':\n"
					+ String.join("\n", pdf.lines(1, 1, true))));
	}

	/** The page number a line of page 1 ends with. */
	private static int page(String line) {
		Matcher m = ENDS_WITH_PAGE.matcher(line);
		assertThat(m.matches()).as("ends with a page: " + line).isTrue();
		return Integer.parseInt(m.group(1));
	}

}
