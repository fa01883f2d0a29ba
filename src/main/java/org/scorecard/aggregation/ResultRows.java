package org.scorecard.aggregation;

import java.time.YearMonth;
import java.util.Map;

import org.scorecard.period.EditionKind;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Target;

/**
 * One {@code result} row from an agency's and indicator's months: the run's figures judged against
 * the year's target (rules.md sections 3 and 6), on a quarter-closing run the quarter's figures, and
 * the status the same result has for the month before, judged as a run of that month would judge it
 * (its months, its year's target, {@code plan_year} pro rata to it).
 *
 * @param targets the targets of the run's year, by "AGENCY INDICATOR"
 * @param previousTargets the targets of the previous month's year (the year before for January)
 */
record ResultRows(YearMonth period, Map<String, Target> targets, Map<String, Target> previousTargets) {

	/** Months 1..m of the run's year: a result exists when they or the year before's have a value. */
	Span span() {
		return Span.yearToDate(period.getMonthValue());
	}

	Target target(String key) {
		return targets.get(key);
	}

	Object[] row(long runId, String agency, Indicator indicator, MonthWindow w, ReferenceData reference) {
		String key = agency + " " + indicator.code();
		int m = period.getMonthValue();
		Figures figures = Figures.over(w, span(), indicator, reference);
		Judgement judgement = judge(targets.get(key), indicator, figures, m);
		Figures quarter = EditionKind.of(period).closesQuarter() ? Figures.over(w, Span.quarter(m), indicator, reference) : null;
		return new Object[] { runId, agency, indicator.code(), figures.month(), figures.ytd(), figures.ytdPrev(),
				figures.growthMonth(), figures.growthYtd(), figures.monthsReported(), figures.rolledUp(),
				judgement.status().code(), judgement.measured(), judgement.expected(), judgement.tolerance(),
				quarter == null ? null : quarter.ytd(), quarter == null ? null : quarter.ytdPrev(),
				quarter == null ? null : quarter.growthYtd(), quarter == null ? null : quarter.monthsReported(),
				previousStatus(key, indicator, w, reference) };
	}

	/**
	 * The status of month m-1, or null when a run of m-1 would have no such result (no value in its
	 * months or the year before's, and no target for its year).
	 */
	private String previousStatus(String key, Indicator indicator, MonthWindow w, ReferenceData reference) {
		YearMonth previous = period.minusMonths(1);
		Span span = Span.previousMonth(period.getMonthValue());
		Target target = previousTargets.get(key);
		if (!w.hasAny(span) && target == null) {
			return null;
		}
		Figures figures = Figures.over(w, span, indicator, reference);
		return judge(target, indicator, figures, previous.getMonthValue()).status().code();
	}

	private static Judgement judge(Target target, Indicator indicator, Figures figures, int m) {
		return target == null ? Judgement.NO_TARGET : Judgement.of(target, indicator.direction(), figures, m);
	}

}
