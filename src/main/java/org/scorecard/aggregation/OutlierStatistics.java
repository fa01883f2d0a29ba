package org.scorecard.aggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The statistics the outlier check judges a month's own value by (quality.QualityChecks): of an
 * agency's own values of an indicator in the twelve months before the run's month (at least
 * {@value #MIN_HISTORY} of them), their lower median (PERCENTILE_DISC 0.5: the value at position
 * ceil(n / 2) in ascending order), the lower median of their absolute deviations from it (MAD) and
 * the mean of those deviations, exact to {@value #MEAN_SCALE} decimals (the column's scale). They are
 * taken in the results' one ordered pass over each agency's months ({@link Results}), which holds
 * those months anyway, instead of two more grouped passes over the same rows in SQL; they are stored
 * in {@code outlier_stat} and {@code outlier_spread}, where the quality step finds them.
 */
final class OutlierStatistics {

	/** Own values needed before a month can be judged unusual. */
	static final int MIN_HISTORY = 6;

	/** outlier_spread.mean_dev is NUMERIC(90, 45). */
	private static final int MEAN_SCALE = 45;

	static final String DELETE_STATS = "DELETE FROM outlier_stat WHERE run_id = ?";

	static final String DELETE_SPREADS = "DELETE FROM outlier_spread WHERE run_id = ?";

	static final String INSERT_STAT = "INSERT INTO outlier_stat (run_id, agency, indicator, months, median) VALUES (?, ?, ?, ?, ?)";

	static final String INSERT_SPREAD = "INSERT INTO outlier_spread (run_id, agency, indicator, mad, mean_dev) VALUES (?, ?, ?, ?, ?)";

	private final int[] yearsBack = new int[12];

	private final int[] months = new int[12];

	private final List<Object[]> stats = new ArrayList<>();

	private final List<Object[]> spreads = new ArrayList<>();

	/** For the twelve months before {@code period}, as years back from its year and month numbers. */
	OutlierStatistics(YearMonth period) {
		for (int k = 1; k <= 12; k++) {
			YearMonth month = period.minusMonths(k);
			yearsBack[k - 1] = period.getYear() - month.getYear();
			months[k - 1] = month.getMonthValue();
		}
	}

	/** Adds the statistics of one agency's indicator, when it has enough own values. */
	void add(long runId, String agency, String indicator, MonthWindow window) {
		BigDecimal[] values = new BigDecimal[12];
		int n = 0;
		for (int k = 0; k < 12; k++) {
			BigDecimal value = window.own(yearsBack[k], months[k]);
			if (value != null) {
				values[n++] = value;
			}
		}
		if (n < MIN_HISTORY) {
			return;
		}
		BigDecimal[] sorted = Arrays.copyOf(values, n);
		Arrays.sort(sorted);
		BigDecimal median = lowerMedian(sorted);
		BigDecimal[] deviations = new BigDecimal[n];
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			deviations[i] = sorted[i].subtract(median).abs();
			sum = sum.add(deviations[i]);
		}
		Arrays.sort(deviations);
		stats.add(new Object[] { runId, agency, indicator, n, median });
		spreads.add(new Object[] { runId, agency, indicator, lowerMedian(deviations),
				sum.divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_EVEN) });
	}

	/** PERCENTILE_DISC(0.5) of ascending values: the first whose cumulative share reaches a half. */
	static BigDecimal lowerMedian(BigDecimal[] ascending) {
		return ascending[(ascending.length + 1) / 2 - 1];
	}

	List<Object[]> stats() {
		return stats;
	}

	List<Object[]> spreads() {
		return spreads;
	}

	void clear() {
		stats.clear();
		spreads.clear();
	}

}
