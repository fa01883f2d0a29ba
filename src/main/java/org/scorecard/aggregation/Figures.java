package org.scorecard.aggregation;

import java.math.BigDecimal;

import org.scorecard.reference.Measure;

/**
 * The figures of one agency and indicator for the run's period (rules.md sections 2 and 3); a
 * {@code null} figure is one the period lacks.
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

}
