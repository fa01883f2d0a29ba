package org.scorecard.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.scorecard.reference.Direction;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Operator;
import org.scorecard.reference.Target;

/** Every measure, operator and status of rules.md section 6, each worked by hand in its comment. */
class JudgementTests {

	private static BigDecimal d(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static Target target(Measure measure, Operator op, String value, String valueMax, String tolerance) {
		return new Target("EXPORTS", "HN", 2026, measure, op, d(value), d(valueMax), d(tolerance));
	}

	/** Figures with the measured value in every field the measures read. */
	private static Figures figures(String x) {
		return new Figures(d(x), d(x), null, d(x), d(x), 10, false);
	}

	private static Status status(Target target, String x, int m) {
		return Judgement.of(target, Direction.UP, figures(x), m).status();
	}

	private static Status status(Target target, Direction direction, String x) {
		return Judgement.of(target, direction, figures(x), 10).status();
	}

	/** growth_ytd >= 5, default tolerance 1 point: 5 achieved, 4 at_risk (5 - 1), 3.99 off_track. */
	@Test
	void atLeastOnAGrowthUsesOnePointOfTolerance() {
		Target t = target(Measure.GROWTH_YTD, Operator.AT_LEAST, "5", null, null);
		assertThat(status(t, "5", 10)).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, "4", 10)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "3.99", 10)).isEqualTo(Status.OFF_TRACK);
		assertThat(Judgement.of(t, Direction.UP, figures("4"), 10).tolerance()).isEqualByComparingTo("1");
	}

	/** growth_month >= 10 measures growth_month, not growth_ytd: month growth 12 achieved, ytd irrelevant. */
	@Test
	void growthMonthMeasuresTheMonthsGrowth() {
		Target t = target(Measure.GROWTH_MONTH, Operator.AT_LEAST, "10", null, null);
		Figures f = new Figures(d("100"), d("1000"), d("900"), d("12"), d("2"), 10, false);
		assertThat(Judgement.of(t, Direction.UP, f, 10).status()).isEqualTo(Status.ACHIEVED);
		assertThat(Judgement.of(t, Direction.UP, f, 10).measured()).isEqualByComparingTo("12");
	}

	/** value_month >= 200, default tolerance 5 % of 200 = 10: 190 at_risk, 189.99 off_track. */
	@Test
	void atLeastOnAValueUsesFivePercentOfTheTarget() {
		Target t = target(Measure.VALUE_MONTH, Operator.AT_LEAST, "200", null, null);
		assertThat(status(t, "200.01", 10)).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, "190", 10)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "189.99", 10)).isEqualTo(Status.OFF_TRACK);
	}

	/** value_ytd <= 100 with tolerance 2 given: 100 achieved, 102 at_risk, 102.01 off_track. */
	@Test
	void atMostUsesTheGivenTolerance() {
		Target t = target(Measure.VALUE_YTD, Operator.AT_MOST, "100", null, "2");
		assertThat(status(t, "100", 10)).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, "102", 10)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "102.01", 10)).isEqualTo(Status.OFF_TRACK);
	}

	/** value_ytd >= -40 (a negative target): tolerance 5 % of |-40| = 2, so -42 at_risk, -42.5 off_track. */
	@Test
	void toleranceOfANegativeTargetIsFivePercentOfItsSize() {
		Target t = target(Measure.VALUE_YTD, Operator.AT_LEAST, "-40", null, null);
		assertThat(status(t, "-42", 10)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "-42.5", 10)).isEqualTo(Status.OFF_TRACK);
	}

	/**
	 * growth_ytd between 6 and 8, direction up, tolerance 1 point: 6 and 8 achieved, 5 at_risk, 4.9
	 * off_track, 8.01 and 30 exceeded (beyond the favourable end, however far).
	 */
	@Test
	void betweenOnAnUpIndicatorIsExceededAboveTheRange() {
		Target t = target(Measure.GROWTH_YTD, Operator.BETWEEN, "6", "8", null);
		assertThat(status(t, Direction.UP, "6")).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, Direction.UP, "8")).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, Direction.UP, "5")).isEqualTo(Status.AT_RISK);
		assertThat(status(t, Direction.UP, "4.9")).isEqualTo(Status.OFF_TRACK);
		assertThat(status(t, Direction.UP, "8.01")).isEqualTo(Status.EXCEEDED);
		assertThat(status(t, Direction.UP, "30")).isEqualTo(Status.EXCEEDED);
	}

	/**
	 * value_ytd between 100 and 200, direction down: below 100 is exceeded; above, the nearer bound is
	 * 200 and the tolerance 5 % of 200 = 10: 210 at_risk, 210.5 off_track.
	 */
	@Test
	void betweenOnADownIndicatorIsExceededBelowTheRangeAndUsesTheNearerBound() {
		Target t = target(Measure.VALUE_YTD, Operator.BETWEEN, "100", "200", null);
		assertThat(status(t, Direction.DOWN, "99")).isEqualTo(Status.EXCEEDED);
		assertThat(status(t, Direction.DOWN, "210")).isEqualTo(Status.AT_RISK);
		assertThat(status(t, Direction.DOWN, "210.5")).isEqualTo(Status.OFF_TRACK);
		// direction up, below the range: nearer bound 100, tolerance 5 => 95 at_risk, 94.9 off_track
		assertThat(status(t, Direction.UP, "95")).isEqualTo(Status.AT_RISK);
		assertThat(status(t, Direction.UP, "94.9")).isEqualTo(Status.OFF_TRACK);
	}

	/**
	 * plan_year >= 1200 after month 10: expected = 1200 x 10 / 12 = 1000, tolerance 5 % of 1000 = 50.
	 * 1200 achieved, 1000 on_track, 950 at_risk, 949.99 off_track.
	 */
	@Test
	void planYearAtLeastIsJudgedProRata() {
		Target t = target(Measure.PLAN_YEAR, Operator.AT_LEAST, "1200", null, null);
		assertThat(status(t, "1200", 10)).isEqualTo(Status.ACHIEVED);
		assertThat(status(t, "1000", 10)).isEqualTo(Status.ON_TRACK);
		assertThat(status(t, "950", 10)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "949.99", 10)).isEqualTo(Status.OFF_TRACK);
		Judgement judgement = Judgement.of(t, Direction.UP, figures("1000"), 10);
		assertThat(judgement.expected()).isEqualByComparingTo("1000");
		assertThat(judgement.tolerance()).isEqualByComparingTo("50");
	}

	/**
	 * plan_year <= 1200 after month 7: expected = 1200 x 7 / 12 = 700, tolerance 35. 700 on_track, 735
	 * at_risk, 735.01 off_track, 1200.01 off_track (over the annual ceiling).
	 */
	@Test
	void planYearAtMostIsJudgedProRata() {
		Target t = target(Measure.PLAN_YEAR, Operator.AT_MOST, "1200", null, null);
		assertThat(status(t, "700", 7)).isEqualTo(Status.ON_TRACK);
		assertThat(status(t, "735", 7)).isEqualTo(Status.AT_RISK);
		assertThat(status(t, "735.01", 7)).isEqualTo(Status.OFF_TRACK);
		assertThat(status(t, "1200.01", 7)).isEqualTo(Status.OFF_TRACK);
	}

	/** At m = 12 expected = value: plan_year <= 1200 with 1100 reads achieved, not on_track. */
	@Test
	void planYearOnTrackReadsAchievedInDecember() {
		Target atMost = target(Measure.PLAN_YEAR, Operator.AT_MOST, "1200", null, null);
		assertThat(status(atMost, "1100", 12)).isEqualTo(Status.ACHIEVED);
		assertThat(status(atMost, "1230", 12)).isEqualTo(Status.OFF_TRACK);
		Target atLeast = target(Measure.PLAN_YEAR, Operator.AT_LEAST, "1200", null, null);
		assertThat(status(atLeast, "1200", 12)).isEqualTo(Status.ACHIEVED);
		assertThat(status(atLeast, "1140", 12)).isEqualTo(Status.AT_RISK);
	}

	/** plan_year 100 after month 1: expected = 100 / 12 = 8.333... to 34 significant digits. */
	@Test
	void planYearExpectedIsDividedTo34SignificantDigits() {
		Target t = target(Measure.PLAN_YEAR, Operator.AT_LEAST, "100", null, null);
		assertThat(Judgement.of(t, Direction.UP, figures("8.34"), 1).expected())
			.isEqualTo(new BigDecimal("8.333333333333333333333333333333333"));
		assertThat(status(t, "8.34", 1)).isEqualTo(Status.ON_TRACK);
	}

	/** A null measured value is no_data for every measure; plan_year still states what was expected. */
	@Test
	void missingMeasuredValueIsNoData() {
		for (Measure measure : Measure.values()) {
			Target t = target(measure, measure == Measure.PLAN_YEAR ? Operator.AT_LEAST : Operator.BETWEEN, "6",
					measure == Measure.PLAN_YEAR ? null : "8", null);
			assertThat(Judgement.of(t, Direction.UP, Figures.NONE, 10).status()).as(measure.code())
				.isEqualTo(Status.NO_DATA);
		}
		Figures onlyMonth = new Figures(d("5"), null, null, null, null, 0, false);
		assertThat(Judgement.of(target(Measure.VALUE_YTD, Operator.AT_LEAST, "1", null, null), Direction.UP, onlyMonth, 10)
			.status()).isEqualTo(Status.NO_DATA);
	}

	@Test
	void noTargetIsNoTarget() {
		assertThat(Judgement.NO_TARGET.status()).isEqualTo(Status.NO_TARGET);
		assertThat(Status.NO_TARGET.code()).isEqualTo("no_target");
	}

}
