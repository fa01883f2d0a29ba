package org.scorecard.aggregation;

import java.math.BigDecimal;

/**
 * One agency's and indicator's months 1..m of the run's year and of the year before: the value of
 * each month (for a derived indicator the first side, with the second side beside it), whether it
 * was rolled up, and the sums, counts and latest months that rules.md sections 2 and 3 need, over
 * a year alone or over the months both years have (like for like).
 */
final class MonthWindow {

	private static final int CURRENT = 0;

	private static final int PREVIOUS = 1;

	private final BigDecimal[][] values = new BigDecimal[2][13];

	private final BigDecimal[][] seconds = new BigDecimal[2][13];

	private final boolean[][] rolled = new boolean[2][13];

	void put(boolean current, int month, BigDecimal value, boolean rolledUp) {
		int y = current ? CURRENT : PREVIOUS;
		values[y][month] = value;
		rolled[y][month] = rolledUp;
	}

	/** The months where both sides have a value, the first side's value with the second's beside it. */
	static MonthWindow paired(MonthWindow first, MonthWindow second) {
		MonthWindow paired = new MonthWindow();
		for (int y = 0; y < 2; y++) {
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

	boolean isEmpty() {
		return count(true) == 0 && count(false) == 0;
	}

	BigDecimal value(boolean current, int month) {
		return month < 1 ? null : values[current ? CURRENT : PREVIOUS][month];
	}

	BigDecimal second(boolean current, int month) {
		return month < 1 ? null : seconds[current ? CURRENT : PREVIOUS][month];
	}

	int count(boolean current) {
		int n = 0;
		for (BigDecimal value : values[current ? CURRENT : PREVIOUS]) {
			n += value == null ? 0 : 1;
		}
		return n;
	}

	/** The latest month with a value in the year, 0 if none. */
	int last(boolean current) {
		BigDecimal[] year = values[current ? CURRENT : PREVIOUS];
		for (int m = 12; m >= 1; m--) {
			if (year[m] != null) {
				return m;
			}
		}
		return 0;
	}

	/** Whether any month of the run's year was rolled up from children. */
	boolean rolledUp() {
		for (int m = 1; m <= 12; m++) {
			if (values[CURRENT][m] != null && rolled[CURRENT][m]) {
				return true;
			}
		}
		return false;
	}

	/** The year's sum, over all its months or only over the months both years have; null if none. */
	BigDecimal sum(boolean current, boolean commonOnly) {
		return sum(values[current ? CURRENT : PREVIOUS], commonOnly);
	}

	BigDecimal secondSum(boolean current) {
		return sum(seconds[current ? CURRENT : PREVIOUS], false);
	}

	private BigDecimal sum(BigDecimal[] year, boolean commonOnly) {
		BigDecimal sum = null;
		for (int m = 1; m <= 12; m++) {
			if (year[m] != null && (!commonOnly || common(m))) {
				sum = sum == null ? year[m] : sum.add(year[m]);
			}
		}
		return sum;
	}

	private boolean common(int m) {
		return values[CURRENT][m] != null && values[PREVIOUS][m] != null;
	}

	int commonCount() {
		int n = 0;
		for (int m = 1; m <= 12; m++) {
			n += common(m) ? 1 : 0;
		}
		return n;
	}

	/** The latest month both years have, 0 if none. */
	int commonLast() {
		for (int m = 12; m >= 1; m--) {
			if (common(m)) {
				return m;
			}
		}
		return 0;
	}

}
