package org.scorecard.aggregation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Target;
import org.scorecard.reference.Unit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.run.RunContext;

/**
 * Builds the run's {@code result} rows (rules.md sections 2, 3 and 6) in one ordered pass over
 * {@code agency_value}: the database hands over months 1..m of the run's year and the year before,
 * agency by agency in key order; one agency's months (a few hundred values) are held at a time,
 * both sides of derived indicators are paired month by month, and per indicator the sums, counts
 * and latest months of the year, of the year before and of the months common to both (like for
 * like) are taken. Then the indicator's aggregation is applied, divisions made to 34 significant
 * digits and the target judged. The same months are the {@code window_value} view the workbook shows.
 */
@Component
public class Results {

	/** The window's months, in key order (the primary key's), so no sort and no copy is needed. */
	private static final String WINDOW = "SELECT agency, indicator, period_year, period_month, value_num, rolled_up "
			+ "FROM agency_value WHERE run_id = ? AND period_year IN (?, ?) AND period_month <= ? "
			+ "ORDER BY agency, indicator, period";

	private static final String INSERT = "INSERT INTO result (run_id, agency, indicator, month_value, ytd, ytd_prev, "
			+ "growth_month, growth_ytd, months_reported, rolled_up, status, measured, expected, tolerance) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

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
		Map<String, Target> targets = new HashMap<>();
		for (Target target : reference.targets()) {
			if (target.year() == period.getYear()) {
				targets.put(target.agency() + " " + target.indicator(), target);
			}
		}
		List<Indicator> derived = reference.indicators().values().stream().filter(i -> i.aggregation().isDerived()).toList();
		List<Object[]> rows = new ArrayList<>();
		Set<String> done = new HashSet<>();
		int year = period.getYear();
		int month = period.getMonthValue();
		Map<String, MonthWindow> agencyMonths = new LinkedHashMap<>();
		String[] agency = { null };
		Runnable finishAgency = () -> {
			if (agency[0] == null) {
				return;
			}
			for (Indicator indicator : derived) {
				MonthWindow num = agencyMonths.get(indicator.numerator());
				MonthWindow den = agencyMonths.get(indicator.denominator());
				if (num != null && den != null) {
					MonthWindow paired = MonthWindow.paired(num, den);
					if (!paired.isEmpty()) {
						agencyMonths.put(indicator.code(), paired);
					}
				}
			}
			for (Map.Entry<String, MonthWindow> entry : agencyMonths.entrySet()) {
				Indicator indicator = reference.indicator(entry.getKey());
				Figures figures = figures(entry.getValue(), indicator, reference, month);
				rows.add(row(runId, agency[0], indicator, figures, targets.get(agency[0] + " " + indicator.code()),
						period));
				done.add(agency[0] + " " + indicator.code());
			}
			agencyMonths.clear();
			if (rows.size() >= BATCH) {
				jdbc.batchUpdate(INSERT, rows);
				rows.clear();
			}
		};
		jdbc.query(WINDOW, rs -> {
			String code = rs.getString(1);
			if (!code.equals(agency[0])) {
				finishAgency.run();
				agency[0] = code;
			}
			agencyMonths.computeIfAbsent(rs.getString(2), k -> new MonthWindow())
				.put(rs.getInt(3) == year, rs.getInt(4), rs.getBigDecimal(5), rs.getBoolean(6));
		}, runId, year, year - 1, month);
		finishAgency.run();
		for (Target target : targets.values()) {
			if (!done.contains(target.agency() + " " + target.indicator())) {
				rows.add(row(runId, target.agency(), reference.indicator(target.indicator()), Figures.NONE, target,
						period));
			}
		}
		jdbc.batchUpdate(INSERT, rows);
	}

	private static Object[] row(long runId, String agency, Indicator indicator, Figures figures, Target target,
			YearMonth period) {
		Judgement judgement = target == null ? Judgement.NO_TARGET
				: Judgement.of(target, indicator.direction(), figures, period.getMonthValue());
		return new Object[] { runId, agency, indicator.code(), figures.month(), figures.ytd(), figures.ytdPrev(),
				figures.growthMonth(), figures.growthYtd(), figures.monthsReported(), figures.rolledUp(),
				judgement.status().code(), judgement.measured(), judgement.expected(), judgement.tolerance() };
	}

	private static Figures figures(MonthWindow w, Indicator indicator, ReferenceData reference, int month) {
		int monthsReported = w.count(true);
		boolean rolledUp = w.rolledUp();
		int last = w.last(true);
		int prevLast = w.last(false);
		int prevN = w.count(false);
		if (indicator.aggregation().isDerived()) {
			Aggregation num = reference.indicator(indicator.numerator()).aggregation();
			Aggregation den = reference.indicator(indicator.denominator()).aggregation();
			BigDecimal monthValue = Arithmetic.derive(indicator.aggregation(), w.value(true, month),
					w.second(true, month));
			BigDecimal ytd = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, w.sum(true, false), monthsReported, w.value(true, last)),
					Arithmetic.aggregate(den, w.secondSum(true), monthsReported, w.second(true, last)));
			BigDecimal ytdPrev = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, w.sum(false, false), prevN, w.value(false, prevLast)),
					Arithmetic.aggregate(den, w.secondSum(false), prevN, w.second(false, prevLast)));
			return new Figures(monthValue, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		Aggregation aggregation = indicator.aggregation();
		BigDecimal monthValue = w.value(true, month);
		BigDecimal ytd = Arithmetic.aggregate(aggregation, w.sum(true, false), monthsReported, w.value(true, last));
		BigDecimal ytdPrev = Arithmetic.aggregate(aggregation, w.sum(false, false), prevN, w.value(false, prevLast));
		if (indicator.unit() == Unit.PERCENT) {
			return new Figures(monthValue, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		int common = w.commonCount();
		int commonLast = w.commonLast();
		BigDecimal growthMonth = Arithmetic.growth(monthValue, w.value(false, month));
		BigDecimal growthYtd = Arithmetic.growth(
				Arithmetic.aggregate(aggregation, w.sum(true, true), common, w.value(true, commonLast)),
				Arithmetic.aggregate(aggregation, w.sum(false, true), common, w.value(false, commonLast)));
		return new Figures(monthValue, ytd, ytdPrev, growthMonth, growthYtd, monthsReported, rolledUp);
	}

}
