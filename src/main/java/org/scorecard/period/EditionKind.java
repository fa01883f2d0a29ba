package org.scorecard.period;

import java.time.YearMonth;

/**
 * What a run's edition also is besides the month's: a run whose month closes a quarter is the
 * quarter's edition, and at 6, 9 and 12 months also the half year's, the nine months' and the year's.
 */
public enum EditionKind {

	MONTH("month"), QUARTER("quarter"), HALF_YEAR("half_year"), NINE_MONTHS("nine_months"), YEAR("year");

	private final String code;

	EditionKind(String code) {
		this.code = code;
	}

	/** The name summary.json gives it. */
	public String code() {
		return code;
	}

	public static EditionKind of(YearMonth period) {
		return switch (period.getMonthValue()) {
			case 3 -> QUARTER;
			case 6 -> HALF_YEAR;
			case 9 -> NINE_MONTHS;
			case 12 -> YEAR;
			default -> MONTH;
		};
	}

	/** Whether the month closes a quarter: the edition carries the quarter's figures. */
	public boolean closesQuarter() {
		return this != MONTH;
	}

	/** The quarter the month closes (1 to 4), or 0 for a month that closes none. */
	public static int quarter(YearMonth period) {
		return period.getMonthValue() % 3 == 0 ? period.getMonthValue() / 3 : 0;
	}

}
