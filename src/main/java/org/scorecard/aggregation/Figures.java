package org.scorecard.aggregation;

import java.math.BigDecimal;

import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.Measure;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Unit;

/**
 * The figures of one agency and indicator for the run's period (rules.md sections 2 and 3); a
 * {@code null} figure is one the period lacks. Taken over another {@link Span} (a quarter, the months
 * through the previous month), {@code ytd} is that span's value, {@code ytdPrev} the same months a
 * year earlier, {@code growthYtd} their like-for-like growth and {@code month} the span's last month.
 */
public record Figures(BigDecimal month, BigDecimal ytd, BigDecimal ytdPrev, BigDecimal growthMonth,
		BigDecimal growthYtd, int monthsReported, boolean rolledUp) {

	public static final Figures NONE = new Figures(null, null, null, null, null, 0, false);

	/** The value a target's measure is judged on: {@code ytd} for {@code plan_year}. */
	public BigDecimal measured(Measure measure) {
		return switch (measure) {
			case VALUE_MONTH -> month;
			case VALUE_YTD, PLAN_YEAR -> ytd;
			case GROWTH_MONTH -> growthMonth;
			case GROWTH_YTD -> growthYtd;
		};
	}

	/** rules.md section 3 over the span's months and the same months of its comparison year. */
	static Figures over(MonthWindow w, Span span, Indicator indicator, ReferenceData reference) {
		Span prev = span.previous();
		int y = span.yearsBack();
		int month = span.to();
		int monthsReported = w.count(span);
		boolean rolledUp = w.rolledUp(span);
		int last = w.last(span);
		int prevLast = w.last(prev);
		int prevN = w.count(prev);
		if (indicator.aggregation().isDerived()) {
			Aggregation num = reference.indicator(indicator.numerator()).aggregation();
			Aggregation den = reference.indicator(indicator.denominator()).aggregation();
			BigDecimal monthValue = Arithmetic.derive(indicator.aggregation(), w.value(y, month), w.second(y, month));
			BigDecimal ytd = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, w.sum(span), monthsReported, w.value(y, last)),
					Arithmetic.aggregate(den, w.secondSum(span), monthsReported, w.second(y, last)));
			BigDecimal ytdPrev = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, w.sum(prev), prevN, w.value(y + 1, prevLast)),
					Arithmetic.aggregate(den, w.secondSum(prev), prevN, w.second(y + 1, prevLast)));
			return new Figures(monthValue, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		Aggregation aggregation = indicator.aggregation();
		BigDecimal monthValue = w.value(y, month);
		BigDecimal ytd = Arithmetic.aggregate(aggregation, w.sum(span), monthsReported, w.value(y, last));
		BigDecimal ytdPrev = Arithmetic.aggregate(aggregation, w.sum(prev), prevN, w.value(y + 1, prevLast));
		if (indicator.unit() == Unit.PERCENT) {
			return new Figures(monthValue, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		int common = w.commonCount(span);
		int commonLast = w.commonLast(span);
		BigDecimal growthMonth = Arithmetic.growth(monthValue, w.value(y + 1, month));
		BigDecimal growthYtd = Arithmetic.growth(
				Arithmetic.aggregate(aggregation, w.commonSum(span, false), common, w.value(y, commonLast)),
				Arithmetic.aggregate(aggregation, w.commonSum(span, true), common, w.value(y + 1, commonLast)));
		return new Figures(monthValue, ytd, ytdPrev, growthMonth, growthYtd, monthsReported, rolledUp);
	}

}
