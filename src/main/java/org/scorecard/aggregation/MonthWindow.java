package org.scorecard.aggregation;

import java.math.BigDecimal;

/**
 * One agency's and indicator's months of the run's year and of the years before it (two, when the
 * previous month's status of a January run needs December and its year before): the value of each
 * month (for a derived indicator the first side, with the second side beside it), whether it was
 * rolled up, and the sums, counts and latest months that rules.md sections 2 and 3 need over a
 * {@link Span} of months, alone or only over the months its comparison year has too (like for like).
 */
final class MonthWindow {

	static final int YEARS = 3;

	private final BigDecimal[][] values = new BigDecimal[YEARS][13];

	private final BigDecimal[][] seconds = new BigDecimal[YEARS][13];

	private final boolean[][] rolled = new boolean[YEARS][13];

	void put(int yearsBack, int month, BigDecimal value, boolean rolledUp) {
		values[yearsBack][month] = value;
		rolled[yearsBack][month] = rolledUp;
	}

	/** The months where both sides have a value, the first side's value with the second's beside it. */
	static MonthWindow paired(MonthWindow first, MonthWindow second) {
		MonthWindow paired = new MonthWindow();
		for (int y = 0; y < YEARS; y++) {
			for (int m = 1; m <= 12; m++) {
				if (first.values[y][m] != null && second.values[y][m] != null) {
					paired.values[y][m] = first.values[y][m];
					paired.seconds[y][m] = second.values[y][m];
					paired.rolled[y][m] = first.rolled[y][m] || second.rolled[y][m];
				}
			}
		}
		return paired;
	}

	/**
	 * The months with a value among months 1..{@code month} of the run's year and the year before: the
	 * months of the {@code window_value} view, which the workbook's "Values" sheet lists one per row.
	 */
	int windowMonths(int month) {
		int n = 0;
		for (int y = 0; y < 2; y++) {
			for (int m = 1; m <= month; m++) {
				n += values[y][m] == null ? 0 : 1;
			}
		}
		return n;
	}

	/** Whether the span or its comparison year has a value: a result exists for it (rules.md section 2). */
	boolean hasAny(Span span) {
		return count(span) > 0 || count(span.previous()) > 0;
	}

	BigDecimal value(int yearsBack, int month) {
		return month < 1 || yearsBack >= YEARS ? null : values[yearsBack][month];
	}

	/** The month's value when it is the agency's own (not rolled up from its children); else null. */
	BigDecimal own(int yearsBack, int month) {
		BigDecimal value = value(yearsBack, month);
		return value == null || rolled[yearsBack][month] ? null : value;
	}

	BigDecimal second(int yearsBack, int month) {
		return month < 1 || yearsBack >= YEARS ? null : seconds[yearsBack][month];
	}

	int count(Span span) {
		int n = 0;
		for (int m = span.from(); m <= span.to(); m++) {
			n += value(span.yearsBack(), m) == null ? 0 : 1;
		}
		return n;
	}

	/** The latest month of the span with a value, 0 if none. */
	int last(Span span) {
		for (int m = span.to(); m >= span.from(); m--) {
			if (value(span.yearsBack(), m) != null) {
				return m;
			}
		}
		return 0;
	}

	/** Whether any month of the span with a value was rolled up from children. */
	boolean rolledUp(Span span) {
		for (int m = span.from(); m <= span.to(); m++) {
			if (value(span.yearsBack(), m) != null && rolled[span.yearsBack()][m]) {
				return true;
			}
		}
		return false;
	}

	/** The sum of the span's months with a value; null if none. */
	BigDecimal sum(Span span) {
		return sum(span.yearsBack(), span, false);
	}

	/**
	 * The sum over the span's months that both the span's year and its comparison year have (like for
	 * like), taken in the comparison year when {@code comparisonYear}; null if none.
	 */
	BigDecimal commonSum(Span span, boolean comparisonYear) {
		return sum(span.yearsBack() + (comparisonYear ? 1 : 0), span, true);
	}

	private BigDecimal sum(int yearsBack, Span span, boolean commonOnly) {
		BigDecimal sum = null;
		for (int m = span.from(); m <= span.to(); m++) {
			BigDecimal value = value(yearsBack, m);
			if (value != null && (!commonOnly || common(span, m))) {
				sum = sum == null ? value : sum.add(value);
			}
		}
		return sum;
	}

	BigDecimal secondSum(Span span) {
		BigDecimal sum = null;
		for (int m = span.from(); m <= span.to(); m++) {
			BigDecimal value = second(span.yearsBack(), m);
			if (value != null) {
				sum = sum == null ? value : sum.add(value);
			}
		}
		return sum;
	}

	/** Whether month m has a value in the span's year and in its comparison year. */
	private boolean common(Span span, int m) {
		return value(span.yearsBack(), m) != null && value(span.yearsBack() + 1, m) != null;
	}

	int commonCount(Span span) {
		int n = 0;
		for (int m = span.from(); m <= span.to(); m++) {
			n += common(span, m) ? 1 : 0;
		}
		return n;
	}

	/** The latest month of the span both years have, 0 if none. */
	int commonLast(Span span) {
		for (int m = span.to(); m >= span.from(); m--) {
			if (common(span, m)) {
				return m;
			}
		}
		return 0;
	}

}
