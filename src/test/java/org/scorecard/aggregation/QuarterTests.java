package org.scorecard.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.SummarySchema;
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quarter figures of a quarter-closing run (2026-09 over the demo data) against figures this test
 * works out itself from the run's accepted rows (latest submitted_at wins, parents rolled up from
 * their children for sum and last), and the previous month's status against the run of that month
 * over the same inbox (2026-10 after 2026-09, 2026-01 after 2025-12).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:quarter;DB_CLOSE_DELAY=-1")
@TestInstance(Lifecycle.PER_CLASS)
class QuarterTests {

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path dir;

	private final Map<String, Summary> summaries = new HashMap<>();

	private long septemberRun;

	@BeforeAll
	void runTheDemoData() throws Exception {
		for (String period : List.of("2026-09", "2026-10", "2025-12", "2026-01")) {
			RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.parse(period), Path.of("seeds/reference"),
					Path.of("seeds/submissions"), dir, Cutoff.CALENDAR, 5, false));
			assertThat(outcome.completed()).as(period).isTrue();
			Path file = dir.resolve(period).resolve("summary.json");
			SummarySchema.assertValid(file);
			summaries.put(period, Summary.read(file));
			if (period.equals("2026-09")) {
				septemberRun = outcome.run().id();
			}
		}
	}

	@Test
	void shouldNameTheEditionByTheMonthItCloses() {
		assertThat(summaries.get("2026-09").root().get("edition_kind").asText()).isEqualTo("nine_months");
		assertThat(summaries.get("2025-12").root().get("edition_kind").asText()).isEqualTo("year");
		assertThat(summaries.get("2026-10").root().get("edition_kind").asText()).isEqualTo("month");
		assertThat(summaries.get("2026-01").root().get("edition_kind").asText()).isEqualTo("month");
	}

	@Test
	void shouldGiveQuarterFiguresOnQuarterClosingRunsOnly() {
		assertThat(summaries.get("2026-09").results().values()).allSatisfy(r -> assertThat(r.has("quarter")).isTrue());
		assertThat(summaries.get("2025-12").results().values()).allSatisfy(r -> assertThat(r.has("quarter")).isTrue());
		assertThat(summaries.get("2026-10").results().values()).noneSatisfy(r -> assertThat(r.has("quarter")).isTrue());
	}

	@Test
	void shouldTitleTheReportForItsQuarterAndShowTheQuarterColumns() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("2026-09/scorecard-2026-09.pdf").toFile())) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Quarterly Scorecard: Quarter III and nine months of 2026");
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Results against the year's targets: Quarter III and nine months of 2026",
					"Scorecard Quarter III and nine months of 2026",
					// the header row of the indicators against targets (the growth's header wraps)
					"Indicator September Year to date Quarter III Quarter");
		}
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("2026-10/scorecard-2026-10.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Indicator October Year to date Judged on")
				.doesNotContain("Quarter");
		}
	}

	@Test
	void shouldComputeEveryQuarterFromTheAcceptedRows() {
		Expected expected = new Expected(jdbc, septemberRun);
		Set<String> aggregations = new TreeSet<>();
		int rolledUpParents = 0;
		for (Map.Entry<String, JsonNode> entry : summaries.get("2026-09").results().entrySet()) {
			String[] key = entry.getKey().split(" ");
			JsonNode quarter = entry.getValue().get("quarter");
			Expected.Quarter mine = expected.quarter(key[0], key[1]);
			assertThat(decimal(quarter, "value")).as("%s value", entry.getKey()).isEqualTo(mine.value());
			assertThat(decimal(quarter, "value_prev")).as("%s value_prev", entry.getKey()).isEqualTo(mine.valuePrev());
			assertThat(decimal(quarter, "growth")).as("%s growth", entry.getKey()).isEqualTo(mine.growth());
			assertThat(quarter.get("months_reported").asInt()).as("%s months", entry.getKey())
				.isEqualTo(mine.months());
			if (mine.value() != null) {
				aggregations.add(expected.aggregation(key[1]));
			}
			rolledUpParents += mine.rolledUp() ? 1 : 0;
		}
		// the demo data exercises every kind of aggregation, and parents whose quarter is their children's
		assertThat(aggregations).contains("SUM", "LAST", "AVG", "RATIO", "DIFFERENCE");
		assertThat(rolledUpParents).isPositive();
	}

	@Test
	void shouldGiveThePreviousMonthsStatusAsThatMonthsRunGivesIt() {
		assertPreviousStatuses("2026-10", "2026-09");
	}

	@Test
	void shouldGiveJanuaryDecemberOfTheYearBeforeAsThePreviousMonth() {
		assertPreviousStatuses("2026-01", "2025-12");
	}

	private void assertPreviousStatuses(String period, String previous) {
		Map<String, JsonNode> before = summaries.get(previous).results();
		Map<String, JsonNode> results = summaries.get(period).results();
		assertThat(results).isNotEmpty();
		Set<String> judged = new TreeSet<>();
		for (Map.Entry<String, JsonNode> entry : results.entrySet()) {
			JsonNode then = before.get(entry.getKey());
			String expected = then == null ? null : then.get("status").asText();
			JsonNode statusPrev = entry.getValue().get("status_prev");
			assertThat(statusPrev.isNull() ? null : statusPrev.asText()).as(entry.getKey()).isEqualTo(expected);
			judged.add(String.valueOf(expected));
		}
		// not only no_target: targets of several outcomes are compared
		assertThat(judged).contains("no_target").hasSizeGreaterThan(3);
	}

	/** A decimal of the quarter object, stripped for comparison, or null. */
	private static BigDecimal decimal(JsonNode quarter, String field) {
		JsonNode node = quarter.get(field);
		return node == null || node.isNull() ? null : node.decimalValue().stripTrailingZeros();
	}

	/**
	 * The quarter July..September of 2026 and 2025 worked out from the accepted rows of the run: the
	 * latest submitted_at of each key, a parent without its own value taking the sum of its children's
	 * (sum and last; avg never), and rules.md section 3 applied over the quarter's months.
	 */
	private static final class Expected {

		record Quarter(BigDecimal value, BigDecimal valuePrev, BigDecimal growth, int months, boolean rolledUp) {
		}

		private record Row(BigDecimal value, Timestamp at) {
		}

		private final Map<String, Row> own = new HashMap<>();

		private final Map<String, List<String>> children = new HashMap<>();

		private final Map<String, String[]> indicators = new HashMap<>();

		Expected(JdbcTemplate jdbc, long runId) {
			jdbc.query("SELECT agency, period, indicator, value_num, submitted_at FROM submission_row "
					+ "WHERE run_id = ? AND code IS NULL", rs -> {
						String key = rs.getString(1) + " " + rs.getString(3) + " " + rs.getString(2);
						Row row = new Row(rs.getBigDecimal(4), rs.getTimestamp(5));
						own.merge(key, row, (a, b) -> a.at().after(b.at()) ? a : b);
					}, runId);
			jdbc.query("SELECT code, parent FROM agency WHERE run_id = ? AND parent IS NOT NULL",
					rs -> {
						children.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
					}, runId);
			jdbc.query("SELECT code, aggregation, numerator, denominator, unit FROM indicator WHERE run_id = ?",
					rs -> {
						indicators.put(rs.getString(1),
								new String[] { rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5) });
					}, runId);
		}

		String aggregation(String indicator) {
			return indicators.get(indicator)[0];
		}

		/** The agency's value for a month, own or rolled up; {@code [1]} is 1 when rolled up. */
		private BigDecimal[] value(String agency, String indicator, int year, int month) {
			Row row = own.get(agency + " " + indicator + " " + YearMonth.of(year, month));
			if (row != null) {
				return new BigDecimal[] { row.value(), BigDecimal.ZERO };
			}
			if (aggregation(indicator).equals("AVG")) {
				return null;
			}
			BigDecimal sum = null;
			for (String child : children.getOrDefault(agency, List.of())) {
				BigDecimal[] value = value(child, indicator, year, month);
				if (value != null) {
					sum = sum == null ? value[0] : sum.add(value[0]);
				}
			}
			return sum == null ? null : new BigDecimal[] { sum, BigDecimal.ONE };
		}

		Quarter quarter(String agency, String indicator) {
			String[] spec = indicators.get(indicator);
			boolean derived = spec[0].equals("RATIO") || spec[0].equals("DIFFERENCE");
			Map<Integer, BigDecimal> first = new HashMap<>();
			Map<Integer, BigDecimal> second = new HashMap<>();
			Map<Integer, BigDecimal> firstPrev = new HashMap<>();
			Map<Integer, BigDecimal> secondPrev = new HashMap<>();
			boolean rolledUp = false;
			for (int m = 7; m <= 9; m++) {
				if (derived) {
					BigDecimal[] num = value(agency, spec[1], 2026, m);
					BigDecimal[] den = value(agency, spec[2], 2026, m);
					if (num != null && den != null) {
						first.put(m, num[0]);
						second.put(m, den[0]);
					}
					num = value(agency, spec[1], 2025, m);
					den = value(agency, spec[2], 2025, m);
					if (num != null && den != null) {
						firstPrev.put(m, num[0]);
						secondPrev.put(m, den[0]);
					}
				}
				else {
					BigDecimal[] value = value(agency, indicator, 2026, m);
					if (value != null) {
						first.put(m, value[0]);
						rolledUp |= value[1].signum() > 0;
					}
					value = value(agency, indicator, 2025, m);
					if (value != null) {
						firstPrev.put(m, value[0]);
					}
				}
			}
			if (derived) {
				BigDecimal value = derive(spec[0], aggregate(aggregation(spec[1]), first),
						aggregate(aggregation(spec[2]), second));
				BigDecimal valuePrev = derive(spec[0], aggregate(aggregation(spec[1]), firstPrev),
						aggregate(aggregation(spec[2]), secondPrev));
				return new Quarter(strip(value), strip(valuePrev), null, first.size(), false);
			}
			BigDecimal growth = null;
			if (!spec[3].equals("PERCENT")) {
				Map<Integer, BigDecimal> common = new HashMap<>(first);
				common.keySet().retainAll(firstPrev.keySet());
				Map<Integer, BigDecimal> commonPrev = new HashMap<>(firstPrev);
				commonPrev.keySet().retainAll(first.keySet());
				BigDecimal current = aggregate(spec[0], common);
				BigDecimal previous = aggregate(spec[0], commonPrev);
				if (current != null && previous != null && previous.signum() != 0) {
					growth = current.divide(previous, PRECISION).subtract(BigDecimal.ONE).multiply(HUNDRED);
				}
			}
			return new Quarter(strip(aggregate(spec[0], first)), strip(aggregate(spec[0], firstPrev)), strip(growth),
					first.size(), rolledUp);
		}

		private static BigDecimal aggregate(String aggregation, Map<Integer, BigDecimal> months) {
			if (months.isEmpty()) {
				return null;
			}
			BigDecimal sum = months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			return switch (aggregation) {
				case "SUM" -> sum;
				case "LAST" -> months.get(months.keySet().stream().mapToInt(Integer::intValue).max().getAsInt());
				case "AVG" -> sum.divide(BigDecimal.valueOf(months.size()), PRECISION);
				default -> throw new IllegalArgumentException(aggregation);
			};
		}

		private static BigDecimal derive(String aggregation, BigDecimal num, BigDecimal den) {
			if (num == null || den == null) {
				return null;
			}
			if (aggregation.equals("DIFFERENCE")) {
				return num.subtract(den);
			}
			return den.signum() == 0 ? null : num.divide(den, PRECISION).multiply(HUNDRED);
		}

		/** As the result table keeps it: NUMERIC(90, 45). */
		private static BigDecimal strip(BigDecimal value) {
			return value == null ? null : value.setScale(45, RoundingMode.HALF_UP).stripTrailingZeros();
		}

	}

}
