package org.scorecard.period;

import java.time.LocalDate;
import java.time.YearMonth;

/** Where a reporting period starts and ends: the calendar month, or Decree 09's 15th-to-14th. */
public enum Cutoff {

	CALENDAR, DECREE09;

	public LocalDate start(YearMonth period) {
		return this == CALENDAR ? period.atDay(1) : period.minusMonths(1).atDay(15);
	}

	public LocalDate end(YearMonth period) {
		return this == CALENDAR ? period.atEndOfMonth() : period.atDay(14);
	}

	public static Cutoff parse(String text) {
		return switch (text.trim().toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "")) {
			case "calendar", "month" -> CALENDAR;
			case "decree09", "decree092019" -> DECREE09;
			default -> throw new IllegalArgumentException(
					"The period cut-off '" + text + "' must be 'calendar' or 'decree09'.");
		};
	}

}
