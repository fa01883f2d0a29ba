package org.scorecard.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The outlier statistics taken in the results' pass are the ones SQL's PERCENTILE_DISC and AVG gave
 * when the quality step computed them in two grouped passes: the same queries run on H2 over 2,000
 * random series (ties, negative values, long decimals, rolled-up months left out, some series too
 * short) and every median, MAD and mean deviation is compared.
 */
class OutlierStatisticsTests {

	private static final YearMonth PERIOD = YearMonth.of(2026, 3);

	@Test
	void theLowerMedianIsTheValueAtPositionCeilOfHalfTheCount() {
		assertThat(OutlierStatistics.lowerMedian(decimals(1, 2, 3, 4, 5, 6))).isEqualByComparingTo("3");
		assertThat(OutlierStatistics.lowerMedian(decimals(1, 2, 3, 4, 5, 6, 7))).isEqualByComparingTo("4");
		assertThat(OutlierStatistics.lowerMedian(decimals(9, 9, 9, 10, 10, 10))).isEqualByComparingTo("9");
	}

	@Test
	void aSeriesWithFewerThanSixOwnMonthsHasNoStatistics() {
		OutlierStatistics statistics = new OutlierStatistics(PERIOD);
		MonthWindow window = new MonthWindow();
		// five own months before March 2026, a rolled-up sixth, and March itself, which is not history
		for (int m = 10; m <= 12; m++) {
			window.put(1, m, BigDecimal.TEN, false);
		}
		window.put(0, 1, BigDecimal.TEN, false);
		window.put(0, 2, BigDecimal.TEN, false);
		window.put(1, 9, BigDecimal.TEN, true);
		window.put(0, 3, BigDecimal.TEN, false);
		statistics.add(1, "HN", "EXPORTS", window);
		assertThat(statistics.stats()).isEmpty();
		window.put(1, 3, BigDecimal.ONE, false);
		statistics.add(1, "HN", "EXPORTS", window);
		assertThat(statistics.stats()).hasSize(1);
		assertThat(statistics.stats().get(0)[3]).isEqualTo(6);
	}

	@Test
	void theStatisticsAreTheSqlOnesOnH2() throws Exception {
		Random random = new Random(20);
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:outliers", "sa", "")) {
			try (Statement create = db.createStatement()) {
				create.execute("CREATE TABLE v (series INT, period_year INT, period_month INT, value_num NUMERIC(60, 30), "
						+ "rolled_up BOOLEAN)");
			}
			OutlierStatistics statistics = new OutlierStatistics(PERIOD);
			int series = 2000;
			try (PreparedStatement insert = db.prepareStatement("INSERT INTO v VALUES (?, ?, ?, ?, ?)")) {
				for (int s = 0; s < series; s++) {
					MonthWindow window = new MonthWindow();
					int scale = random.nextInt(4);
					// thirteen months before March 2026 and March itself: only the twelve before count
					for (int k = 0; k <= 13; k++) {
						if (random.nextInt(5) == 0) {
							continue;
						}
						YearMonth month = PERIOD.minusMonths(k);
						BigDecimal value = BigDecimal.valueOf(random.nextInt(7) == 0 ? 100 : random.nextInt(2000) - 300, scale)
							.add(random.nextInt(3) == 0 ? new BigDecimal("0.000000000000000000000000000001") : BigDecimal.ZERO);
						boolean rolled = random.nextInt(10) == 0;
						int yearsBack = PERIOD.getYear() - month.getYear();
						window.put(yearsBack, month.getMonthValue(), value, rolled);
						insert.setInt(1, s);
						insert.setInt(2, month.getYear());
						insert.setInt(3, month.getMonthValue());
						insert.setBigDecimal(4, value);
						insert.setBoolean(5, rolled);
						insert.addBatch();
					}
					statistics.add(1, "A" + s, "X", window);
				}
				insert.executeBatch();
			}
			int from = index(PERIOD.minusMonths(12));
			int to = index(PERIOD.minusMonths(1));
			Map<String, BigDecimal[]> expected = new HashMap<>();
			try (Statement query = db.createStatement();
					ResultSet rs = query.executeQuery("SELECT s.series, s.months, s.median, "
							+ "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(h.value_num - s.median)), "
							+ "AVG(ABS(h.value_num - s.median)) FROM v h JOIN (SELECT series, COUNT(*) AS months, "
							+ "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY value_num) AS median FROM v WHERE NOT rolled_up "
							+ "AND (period_year * 12 + period_month) BETWEEN " + from + " AND " + to
							+ " GROUP BY series HAVING COUNT(*) >= 6) s ON s.series = h.series WHERE NOT h.rolled_up "
							+ "AND (h.period_year * 12 + h.period_month) BETWEEN " + from + " AND " + to
							+ " GROUP BY s.series, s.months, s.median")) {
				while (rs.next()) {
					expected.put("A" + rs.getInt(1), new BigDecimal[] { BigDecimal.valueOf(rs.getInt(2)), rs.getBigDecimal(3),
							rs.getBigDecimal(4), rs.getBigDecimal(5) });
				}
			}
			assertThat(expected).hasSizeGreaterThan(series / 2);
			assertThat(statistics.stats()).hasSize(expected.size());
			List<String> compared = new ArrayList<>();
			for (int i = 0; i < statistics.stats().size(); i++) {
				Object[] stat = statistics.stats().get(i);
				Object[] spread = statistics.spreads().get(i);
				BigDecimal[] sql = expected.get((String) stat[1]);
				assertThat(sql).as("series %s", stat[1]).isNotNull();
				assertThat(BigDecimal.valueOf((Integer) stat[3])).isEqualByComparingTo(sql[0]);
				assertThat((BigDecimal) stat[4]).as("median of %s", stat[1]).isEqualByComparingTo(sql[1]);
				assertThat((BigDecimal) spread[3]).as("MAD of %s", stat[1]).isEqualByComparingTo(sql[2]);
				// H2 gives the mean to its own scale: ours, exact to 45 decimals, agrees to that scale
				BigDecimal mean = (BigDecimal) spread[4];
				assertThat(mean.setScale(sql[3].scale(), RoundingMode.HALF_UP).subtract(sql[3]).abs())
					.as("mean deviation of %s", stat[1])
					.isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(sql[3].scale()));
				compared.add((String) stat[1]);
			}
			assertThat(compared).hasSize(expected.size());
		}
	}

	private static int index(YearMonth month) {
		return month.getYear() * 12 + month.getMonthValue();
	}

	private static BigDecimal[] decimals(int... values) {
		BigDecimal[] decimals = new BigDecimal[values.length];
		for (int i = 0; i < values.length; i++) {
			decimals[i] = BigDecimal.valueOf(values[i]);
		}
		return decimals;
	}

}
