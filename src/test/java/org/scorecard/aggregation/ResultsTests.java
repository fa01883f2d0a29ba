package org.scorecard.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scorecard.Summary.text;

import java.nio.file.Path;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.run.RunContext;
import org.scorecard.run.RunContexts;
import org.scorecard.Fixtures;
import org.scorecard.Summary;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Results of one hand-made run for period 2026-03 (Y = 2026, m = 3), read back from summary.json.
 * Tree: VN > HN, VN > LC; DOI and ATF stand alone. Every expected number is worked out by hand in
 * the test's comment; divisions are to 34 significant digits.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:results;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTests {

	@Autowired
	RunContexts contexts;

	@Autowired
	RunLauncher launcher;

	@TempDir
	static Path dir;

	@Autowired
	Results results;

	@Autowired
	JdbcTemplate jdbc;

	Summary summary;

	long runId;

	@BeforeAll
	void run() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				ATF,Agency of Foreign Trade,Cục Xuất nhập khẩu,department,,,yes
				""");
		Fixtures.write(reference.resolve("targets.csv"), """
				indicator,agency,year,measure,operator,value,value_max,tolerance
				EXPORTS,HN,2026,growth_ytd,>=,5,,
				EXPORTS,HN,2025,growth_ytd,>=,50,,
				EXPORTS,VN,2026,plan_year,>=,1800,,
				COST,LC,2026,value_ytd,>=,10,,
				PROC_SHARE,DOI,2026,value_ytd,>=,85,,5
				PROC_SHARE,VN,2026,value_month,>=,20,,
				GDP_GROWTH,VN,2026,value_ytd,between,6.5,8,
				""");
		Path inbox = dir.resolve("inbox");
		String at = ",2026-04-02,";
		Fixtures.submission(inbox.resolve("exports.csv"),
				"HN,2025-01,EXPORTS,100,USD_M" + at, "HN,2025-02,EXPORTS,110,USD_M" + at,
				"HN,2025-03,EXPORTS,120,USD_M" + at, "HN,2025-04,EXPORTS,500,USD_M" + at,
				"HN,2026-01,EXPORTS,130,USD_M" + at, "HN,2026-03,EXPORTS,150,USD_M" + at,
				"HN,2026-04,EXPORTS,999,USD_M,2026-05-01,after the run's period",
				"LC,2026-01,EXPORTS,50,USD_M" + at, "LC,2026-02,EXPORTS,60,USD_M" + at,
				"LC,2026-03,EXPORTS,70,USD_M" + at, "DOI,2025-01,EXPORTS,5,USD_M" + at,
				"VN,2026-03,IMPORTS,1000,USD_M" + at, "HN,2026-03,IMPORTS,600,USD_M" + at,
				"LC,2026-03,IMPORTS,396,USD_M" + at);
		Fixtures.submission(inbox.resolve("procedures.csv"),
				"DOI,2025-01,PROC_TOTAL,28," + at, "DOI,2025-02,PROC_TOTAL,30," + at,
				"DOI,2026-01,PROC_TOTAL,31," + at, "DOI,2026-03,PROC_TOTAL,32," + at,
				"DOI,2025-01,PROC_DEC,14," + at, "DOI,2025-02,PROC_DEC,15," + at,
				"DOI,2026-01,PROC_DEC,25," + at, "DOI,2026-03,PROC_DEC,26," + at,
				"HN,2026-03,PROC_TOTAL,10," + at, "HN,2026-03,PROC_DEC,9," + at,
				"LC,2026-03,PROC_TOTAL,90," + at, "LC,2026-03,PROC_DEC,9," + at,
				"ATF,2026-03,PROC_TOTAL,0," + at, "ATF,2026-03,PROC_DEC,0," + at);
		Fixtures.submission(inbox.resolve("other.csv"),
				"ATF,2025-03,COST,0,VND_BN" + at, "ATF,2026-03,COST,5,VND_BN" + at,
				"VN,2025-01,GDP_GROWTH,6,PERCENT" + at, "VN,2025-02,GDP_GROWTH,7,PERCENT" + at,
				"VN,2026-01,GDP_GROWTH,8,PERCENT" + at, "VN,2026-02,GDP_GROWTH,8.4,PERCENT" + at,
				"VN,2026-03,GDP_GROWTH,9,PERCENT" + at);
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 3), reference, inbox,
				dir.resolve("out"), Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.run().rowsRejected()).isZero();
		runId = outcome.run().id();
		summary = Summary.read(dir.resolve("out/2026-03/summary.json"));
	}

	private JsonNode result(String agency, String indicator) {
		return summary.result(agency, indicator);
	}

	private static void assertFigures(JsonNode r, String month, String ytd, String ytdPrev, String growthMonth,
			String growthYtd, int monthsReported, boolean rolledUp) {
		assertThat(text(r, "month")).as("month").isEqualTo(month);
		assertThat(text(r, "ytd")).as("ytd").isEqualTo(ytd);
		assertThat(text(r, "ytd_prev")).as("ytd_prev").isEqualTo(ytdPrev);
		assertThat(text(r, "growth_month")).as("growth_month").isEqualTo(growthMonth);
		assertThat(text(r, "growth_ytd")).as("growth_ytd").isEqualTo(growthYtd);
		assertThat(r.get("months_reported").asInt()).as("months_reported").isEqualTo(monthsReported);
		assertThat(r.get("rolled_up").asBoolean()).as("rolled_up").isEqualTo(rolledUp);
	}

	/**
	 * HN EXPORTS (sum): 2025 months 1-3 = 100, 110, 120 (April's 500 is outside 1..3); 2026 = 130, -,
	 * 150 (April's 999 is after the period). month 150, ytd 280, ytd_prev 330, months_reported 2.
	 * Like for like over C = {1, 3}: 280 / (100 + 120) = 280 / 220, growth_ytd = 27.27...; growth_month
	 * = 150 / 120 - 1 = 25 %. Target growth_ytd >= 5: achieved.
	 */
	@Test
	void sumComparesLikeForLikeWhenAMonthIsMissingInOneYear() {
		JsonNode r = result("HN", "EXPORTS");
		assertFigures(r, "150", "280", "330", "25", "27.2727272727272727272727272727273", 2, false);
		assertThat(r.get("status").asText()).isEqualTo("achieved");
		assertThat(r.get("target").get("measure").asText()).isEqualTo("growth_ytd");
		assertThat(r.get("target").get("operator").asText()).isEqualTo(">=");
		assertThat(text(r.get("target"), "value")).isEqualTo("5");
		assertThat(r.get("target").get("value_max").isNull()).isTrue();
	}

	/** LC EXPORTS: 50 + 60 + 70 = 180; no 2025 data, so ytd_prev and both growths are null; no target. */
	@Test
	void missingPreviousYearLeavesGrowthNull() {
		JsonNode r = result("LC", "EXPORTS");
		assertFigures(r, "70", "180", "null", "null", "null", 3, false);
		assertThat(r.get("status").asText()).isEqualTo("no_target");
		assertThat(r.get("target").isNull()).isTrue();
	}

	/**
	 * VN has no own EXPORTS: each month is the sum of the children that have one. 2025: 100, 110, 120
	 * (HN only); 2026: 130 + 50 = 180, 60 (LC only), 150 + 70 = 220. ytd 460, ytd_prev 330, growth_ytd =
	 * 460 / 330 - 1 = 39.39...; growth_month = 220 / 120 - 1 = 83.33...; rolled_up. Target plan_year >=
	 * 1800 after month 3: expected 450, 460 >= 450: on_track.
	 */
	@Test
	void parentWithoutItsOwnFigureIsRolledUpFromItsChildren() {
		JsonNode r = result("VN", "EXPORTS");
		assertFigures(r, "220", "460", "330", "83.3333333333333333333333333333333", "39.3939393939393939393939393939394",
				3, true);
		assertThat(r.get("status").asText()).isEqualTo("on_track");
		assertThat(text(r, "expected")).isEqualTo("450");
	}

	/** VN sent its own IMPORTS 1000 for 2026-03: kept although HN 600 + LC 396 = 996; not rolled up. */
	@Test
	void parentWithItsOwnFigureKeepsIt() {
		assertFigures(result("VN", "IMPORTS"), "1000", "1000", "null", "null", "null", 1, false);
	}

	/**
	 * DOI PROC_TOTAL (last): 2025 = 28, 30, -; 2026 = 31, -, 32. ytd = latest of M_Y (March) 32, ytd_prev =
	 * latest of M_{Y-1} (February) 30; C = {1}: 31 / 28 - 1 = 10.714...; growth_month null (no 2025-03).
	 */
	@Test
	void lastTakesTheLatestMonthAndComparesTheLatestCommonMonth() {
		assertFigures(result("DOI", "PROC_TOTAL"), "32", "32", "30", "null", "10.7142857142857142857142857142857", 2,
				false);
	}

	/**
	 * DOI PROC_SHARE = PROC_DEC / PROC_TOTAL x 100, both last: month and ytd 26 / 32 = 81.25, ytd_prev 15 /
	 * 30 = 50; growth null (a percentage); months 2 (both sides in January and March). Target value_ytd >=
	 * 85 with tolerance 5: 81.25 >= 80, at_risk.
	 */
	@Test
	void ratioOfLastIndicators() {
		JsonNode r = result("DOI", "PROC_SHARE");
		assertFigures(r, "81.25", "81.25", "50", "null", "null", 2, false);
		assertThat(r.get("status").asText()).isEqualTo("at_risk");
		assertThat(r.get("unit").asText()).isEqualTo("PERCENT");
	}

	/**
	 * VN PROC_SHARE is rolled up as a ratio of sums: (9 + 9) / (10 + 90) x 100 = 18 %, not the mean of
	 * HN's 90 % and LC's 10 % (50 %). Target value_month >= 20, tolerance 5 % of 20 = 1: 18 < 19, off_track.
	 */
	@Test
	void ratioRolledUpIsARatioOfSums() {
		assertFigures(result("HN", "PROC_SHARE"), "90", "90", "null", "null", "null", 1, false);
		assertFigures(result("LC", "PROC_SHARE"), "10", "10", "null", "null", "null", 1, false);
		JsonNode vn = result("VN", "PROC_SHARE");
		assertFigures(vn, "18", "18", "null", "null", "null", 1, true);
		assertThat(vn.get("status").asText()).isEqualTo("off_track");
	}

	/** ATF PROC_TOTAL 0 and PROC_DEC 0: the ratio divides by zero, so month and ytd are null, not 0. */
	@Test
	void ratioWithAZeroDenominatorIsNull() {
		assertFigures(result("ATF", "PROC_SHARE"), "null", "null", "null", "null", "null", 1, false);
	}

	/** ATF COST: 2025-03 = 0, 2026-03 = 5: ytd_prev is 0 (not null) but growth against 0 is null. */
	@Test
	void growthAgainstZeroIsNull() {
		assertFigures(result("ATF", "COST"), "5", "5", "0", "null", "null", 1, false);
	}

	/**
	 * BALANCE = EXPORTS - IMPORTS over the months where both sides have a value. HN: only March has both,
	 * 150 - 600 = -450 (January's exports have no imports to pair with). VN: 220 (rolled up) - 1000 =
	 * -780, rolled_up because a side was. LC: 70 - 396 = -326.
	 */
	@Test
	void differenceUsesTheMonthsWhereBothSidesHaveAValue() {
		assertFigures(result("HN", "BALANCE"), "-450", "-450", "null", "null", "null", 1, false);
		assertFigures(result("VN", "BALANCE"), "-780", "-780", "null", "null", "null", 1, true);
		assertFigures(result("LC", "BALANCE"), "-326", "-326", "null", "null", "null", 1, false);
	}

	/**
	 * VN GDP_GROWTH (avg, PERCENT): ytd = (8 + 8.4 + 9) / 3 = 8.4666... (34 digits), ytd_prev = (6 + 7) / 2
	 * = 6.5, growths null for a percentage. Target value_ytd between 6.5 and 8, direction up: above the
	 * range, exceeded.
	 */
	@Test
	void averageDividesTo34SignificantDigits() {
		JsonNode r = result("VN", "GDP_GROWTH");
		assertFigures(r, "9", "8.466666666666666666666666666666667", "6.5", "null", "null", 3, false);
		assertThat(r.get("status").asText()).isEqualTo("exceeded");
	}

	/** DOI EXPORTS only in 2025-01: the row exists (a value in a month 1..m of Y-1) with only ytd_prev. */
	@Test
	void previousYearDataAloneMakesAResultRow() {
		assertFigures(result("DOI", "EXPORTS"), "null", "null", "5", "null", "null", 0, false);
	}

	/** LC has a COST target for 2026 but no data: a row of nulls with status no_data. */
	@Test
	void targetWithoutDataIsNoData() {
		JsonNode r = result("LC", "COST");
		assertFigures(r, "null", "null", "null", "null", "null", 0, false);
		assertThat(r.get("status").asText()).isEqualTo("no_data");
	}

	/**
	 * No data and no target for the year (HN COST), or a target for another year only: no row. The 28
	 * rows: ATF 4 (COST, PROC_DEC, PROC_SHARE, PROC_TOTAL), DOI 4 (EXPORTS and the three PROC), HN 6
	 * (BALANCE, EXPORTS, IMPORTS, three PROC), LC 7 (HN's six and COST's target), VN 7 (LC's without COST,
	 * with GDP_GROWTH).
	 */
	@Test
	void noRowWithoutDataOrTarget() {
		assertThat(summary.results()).doesNotContainKeys("HN COST", "VN COST", "DOI GDP_GROWTH");
		assertThat(summary.results()).hasSize(28);
	}

	/**
	 * The results count the months of their window as they read them, for the workbook's "Values"
	 * sheet: as many as the window_value view holds (own and rolled-up months of 2025 and 2026 through
	 * March, and the months where both sides of a ratio or difference have a value).
	 */
	@Test
	void theWindowsMonthsAreCountedAsTheViewHoldsThem() {
		RunContext context = contexts.of(runId);
		assertThat(context.windowValues()).isEmpty();
		results.build(context);
		long view = jdbc.queryForObject("SELECT COUNT(*) FROM window_value WHERE run_id = ?", Long.class, runId);
		assertThat(view).isGreaterThan(40);
		assertThat(context.windowValues()).hasValue(view);
	}

	/** A restarted results step builds the same rows again, never a second copy. */
	@Test
	void rebuildingTheResultsGivesTheSameRows() {
		String query = "SELECT agency, indicator, ytd, status FROM result WHERE run_id = ? ORDER BY agency, indicator";
		var before = jdbc.queryForList(query, runId);
		results.build(contexts.of(runId));
		assertThat(jdbc.queryForList(query, runId)).hasSize(28).isEqualTo(before);
	}

}
