package org.scorecard.aggregation;

/**
 * Months {@code from..to} of one year of a {@link MonthWindow}, the year counted back from the run's
 * year (0 the run's year, 1 the year before, 2 the one before that): the months a year-to-date, a
 * quarter or the previous month's year-to-date is taken over. Its comparison year is the year before.
 */
record Span(int yearsBack, int from, int to) {

	/** Months 1..m of the run's year: the year-to-date of rules.md section 3. */
	static Span yearToDate(int m) {
		return new Span(0, 1, m);
	}

	/** The quarter month m closes: months m-2..m of the run's year. */
	static Span quarter(int m) {
		return new Span(0, m - 2, m);
	}

	/** Months 1..m-1 of the run's year, or for m = 1 months 1..12 of the year before. */
	static Span previousMonth(int m) {
		return m == 1 ? new Span(1, 1, 12) : new Span(0, 1, m - 1);
	}

	/** The same months a year earlier. */
	Span previous() {
		return new Span(yearsBack + 1, from, to);
	}

	boolean contains(int month) {
		return month >= from && month <= to;
	}

}
