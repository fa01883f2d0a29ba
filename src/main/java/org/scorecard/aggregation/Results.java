package org.scorecard.aggregation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Target;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.run.RunContext;

/**
 * Builds the run's {@code result} rows (rules.md sections 2, 3 and 6) in one ordered pass over
 * {@code agency_value}: the database hands over months 1..m of the run's year and the year before
 * (for January, whole years back to Y-2), agency by agency in key order; one agency's months (a few
 * hundred values) are held at a time, both sides of derived indicators are paired month by month,
 * and per indicator the sums, counts and latest months of a span of months, of the same months a
 * year earlier and of the months common to both (like for like) are taken: the year to date, on a
 * quarter-closing run the quarter, and the months through the previous month for its status
 * ({@link ResultRows}). Divisions are made to 34 significant digits. The same pass takes the outlier
 * statistics of each agency's own values ({@link OutlierStatistics}) for the quality step. The year-to-date months are
 * the {@code window_value} view the workbook shows: they are counted on the way and the count kept in
 * the run's context ({@link RunContext#windowValues}), so that the workbook plans its "Values" sheet
 * without running the view a second time only to count its rows.
 */
@Component
public class Results {

	/**
	 * The window's months, in key order (the primary key's), so no sort and no copy is needed: months
	 * 1..m of the run's year and the whole year before (its months after m are among the twelve months
	 * the outlier statistics take); for a January run whole years back to Y-2, as the previous month's
	 * status is December's.
	 */
	private static final String WINDOW = "SELECT agency, indicator, period_year, period_month, value_num, rolled_up "
			+ "FROM agency_value WHERE run_id = ? AND period_year BETWEEN ? AND ? "
			+ "AND (period_year < ? OR period_month <= ?) ORDER BY agency, indicator, period";

	private static final String INSERT = "INSERT INTO result (run_id, agency, indicator, month_value, ytd, ytd_prev, "
			+ "growth_month, growth_ytd, months_reported, rolled_up, status, measured, expected, tolerance, "
			+ "quarter_value, quarter_prev, growth_quarter, quarter_months, status_prev) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	public Results(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rebuilds the run's results (a restarted step computes them again, never twice). */
	public void build(RunContext context) {
		long runId = context.runId();
		YearMonth period = context.period().month();
		ReferenceData reference = context.reference();
		jdbc.update("DELETE FROM result WHERE run_id = ?", runId);
		jdbc.update(OutlierStatistics.DELETE_SPREADS, runId);
		jdbc.update(OutlierStatistics.DELETE_STATS, runId);
		OutlierStatistics outliers = new OutlierStatistics(period);
		ResultRows resultRows = new ResultRows(period, targets(reference, period.getYear()),
				targets(reference, period.minusMonths(1).getYear()));
		List<Indicator> derived = reference.indicators().values().stream().filter(i -> i.aggregation().isDerived()).toList();
		List<Object[]> rows = new ArrayList<>();
		Set<String> done = new HashSet<>();
		long[] window = { 0 };
		int year = period.getYear();
		int month = period.getMonthValue();
		Map<String, MonthWindow> agencyMonths = new LinkedHashMap<>();
		String[] agency = { null };
		Runnable finishAgency = () -> {
			if (agency[0] == null) {
				return;
			}
			// the stored months only (derived indicators are paired below and have no own values)
			agencyMonths.forEach((indicator, months) -> outliers.add(runId, agency[0], indicator, months));
			for (Indicator indicator : derived) {
				MonthWindow num = agencyMonths.get(indicator.numerator());
				MonthWindow den = agencyMonths.get(indicator.denominator());
				if (num != null && den != null) {
					agencyMonths.put(indicator.code(), MonthWindow.paired(num, den));
				}
			}
			for (Map.Entry<String, MonthWindow> entry : agencyMonths.entrySet()) {
				window[0] += entry.getValue().windowMonths(month);
				Indicator indicator = reference.indicator(entry.getKey());
				String key = agency[0] + " " + indicator.code();
				// a January run also reads the year before's later months: they make no result of their own
				if (entry.getValue().hasAny(resultRows.span()) || resultRows.target(key) != null) {
					rows.add(resultRows.row(runId, agency[0], indicator, entry.getValue(), reference));
					done.add(key);
				}
			}
			agencyMonths.clear();
			if (rows.size() >= BATCH) {
				jdbc.batchUpdate(INSERT, rows);
				rows.clear();
			}
			if (outliers.stats().size() >= BATCH) {
				writeOutlierStatistics(outliers);
			}
		};
		int firstYear = month == 1 ? year - 2 : year - 1;
		jdbc.query(WINDOW, rs -> {
			String code = rs.getString(1);
			if (!code.equals(agency[0])) {
				finishAgency.run();
				agency[0] = code;
			}
			agencyMonths.computeIfAbsent(rs.getString(2), k -> new MonthWindow())
				.put(year - rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5), rs.getBoolean(6));
		}, runId, firstYear, year, year, month);
		finishAgency.run();
		writeOutlierStatistics(outliers);
		for (Target target : resultRows.targets().values()) {
			if (!done.contains(target.agency() + " " + target.indicator())) {
				rows.add(resultRows.row(runId, target.agency(), reference.indicator(target.indicator()), new MonthWindow(),
						reference));
			}
		}
		jdbc.batchUpdate(INSERT, rows);
		context.windowValues(window[0]);
	}

	private void writeOutlierStatistics(OutlierStatistics outliers) {
		jdbc.batchUpdate(OutlierStatistics.INSERT_STAT, outliers.stats());
		jdbc.batchUpdate(OutlierStatistics.INSERT_SPREAD, outliers.spreads());
		outliers.clear();
	}

	private static Map<String, Target> targets(ReferenceData reference, int year) {
		Map<String, Target> targets = new HashMap<>();
		for (Target target : reference.targets()) {
			if (target.year() == year) {
				targets.put(target.agency() + " " + target.indicator(), target);
			}
		}
		return targets;
	}

}
