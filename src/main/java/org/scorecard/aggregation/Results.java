package org.scorecard.aggregation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.reference.Target;
import org.scorecard.reference.Unit;
import org.scorecard.run.RunRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the run's {@code result} rows (rules.md sections 2, 3 and 6). The database does the
 * arithmetic over the months: it copies months 1..m of the year and the year before into
 * {@code window_value} (pairing both sides of derived indicators month by month), then one grouped
 * query gives, per agency and indicator, the sums, counts and latest months of the year, of the
 * year before and of the months common to both (like for like). Java then only applies the
 * indicator's aggregation to those few numbers, divides to 34 significant digits and judges the target.
 */
@Component
public class Results {

	private static final String WINDOW_BASE = "INSERT INTO window_value "
			+ "(run_id, agency, indicator, period_year, period_month, value_num, value_den, rolled_up) "
			+ "SELECT v.run_id, v.agency, v.indicator, v.period_year, v.period_month, v.value_num, "
			+ "CAST(NULL AS NUMERIC(60, 30)), v.rolled_up FROM agency_value v "
			+ "WHERE v.run_id = :run AND v.period_year IN (:year, :prevYear) AND v.period_month <= :month";

	private static final String WINDOW_DERIVED = "INSERT INTO window_value "
			+ "(run_id, agency, indicator, period_year, period_month, value_num, value_den, rolled_up) "
			+ "SELECT n.run_id, n.agency, i.code, n.period_year, n.period_month, n.value_num, d.value_num, "
			+ "CASE WHEN n.rolled_up OR d.rolled_up THEN TRUE ELSE FALSE END FROM indicator i "
			+ "JOIN agency_value n ON n.run_id = i.run_id AND n.indicator = i.numerator "
			+ "JOIN agency_value d ON d.run_id = n.run_id AND d.agency = n.agency AND d.indicator = i.denominator "
			+ "AND d.period = n.period "
			+ "WHERE i.run_id = :run AND i.aggregation IN ('RATIO', 'DIFFERENCE') "
			+ "AND n.period_year IN (:year, :prevYear) AND n.period_month <= :month";

	/** Per agency and indicator: the month, the year, the year before and the like-for-like months. */
	private static final String AGGREGATES = "SELECT g.*, "
			+ "lc.value_num AS cur_last_num, lc.value_den AS cur_last_den, "
			+ "lp.value_num AS prev_last_num, lp.value_den AS prev_last_den, "
			+ "kc.value_num AS cc_last_num, kp.value_num AS cp_last_num FROM ("
			+ "SELECT w.agency, w.indicator, "
			+ "MAX(CASE WHEN w.period_year = :year AND w.period_month = :month THEN w.value_num END) AS month_num, "
			+ "MAX(CASE WHEN w.period_year = :year AND w.period_month = :month THEN w.value_den END) AS month_den, "
			+ "MAX(CASE WHEN w.period_year = :prevYear AND w.period_month = :month THEN w.value_num END) AS pmonth_num, "
			+ "SUM(CASE WHEN w.period_year = :year THEN w.value_num END) AS cur_sum_num, "
			+ "SUM(CASE WHEN w.period_year = :year THEN w.value_den END) AS cur_sum_den, "
			+ "COUNT(CASE WHEN w.period_year = :year THEN 1 END) AS cur_n, "
			+ "MAX(CASE WHEN w.period_year = :year THEN w.period_month END) AS cur_last, "
			+ "MAX(CASE WHEN w.period_year = :year AND w.rolled_up THEN 1 ELSE 0 END) AS cur_rolled, "
			+ "SUM(CASE WHEN w.period_year = :prevYear THEN w.value_num END) AS prev_sum_num, "
			+ "SUM(CASE WHEN w.period_year = :prevYear THEN w.value_den END) AS prev_sum_den, "
			+ "COUNT(CASE WHEN w.period_year = :prevYear THEN 1 END) AS prev_n, "
			+ "MAX(CASE WHEN w.period_year = :prevYear THEN w.period_month END) AS prev_last, "
			+ "SUM(CASE WHEN o.agency IS NOT NULL THEN w.value_num END) AS cc_sum_num, "
			+ "SUM(o.value_num) AS cp_sum_num, COUNT(o.agency) AS c_n, "
			+ "MAX(CASE WHEN o.agency IS NOT NULL THEN w.period_month END) AS c_last "
			+ "FROM window_value w LEFT JOIN window_value o ON o.run_id = w.run_id AND o.agency = w.agency "
			+ "AND o.indicator = w.indicator AND w.period_year = :year AND o.period_year = :prevYear "
			+ "AND o.period_month = w.period_month "
			+ "WHERE w.run_id = :run GROUP BY w.agency, w.indicator) g "
			+ "LEFT JOIN window_value lc ON lc.run_id = :run AND lc.agency = g.agency AND lc.indicator = g.indicator "
			+ "AND lc.period_year = :year AND lc.period_month = g.cur_last "
			+ "LEFT JOIN window_value lp ON lp.run_id = :run AND lp.agency = g.agency AND lp.indicator = g.indicator "
			+ "AND lp.period_year = :prevYear AND lp.period_month = g.prev_last "
			+ "LEFT JOIN window_value kc ON kc.run_id = :run AND kc.agency = g.agency AND kc.indicator = g.indicator "
			+ "AND kc.period_year = :year AND kc.period_month = g.c_last "
			+ "LEFT JOIN window_value kp ON kp.run_id = :run AND kp.agency = g.agency AND kp.indicator = g.indicator "
			+ "AND kp.period_year = :prevYear AND kp.period_month = g.c_last";

	private static final String INSERT = "INSERT INTO result (run_id, agency, indicator, month_value, ytd, ytd_prev, "
			+ "growth_month, growth_ytd, months_reported, rolled_up, status, measured, expected, tolerance) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final RunRepository runs;

	private final ReferenceRepository references;

	public Results(JdbcTemplate jdbc, RunRepository runs, ReferenceRepository references) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.runs = runs;
		this.references = references;
	}

	/** Rebuilds the run's results (a restarted step computes them again, never twice). */
	public void build(long runId) {
		YearMonth period = YearMonth.parse(runs.find(runId).orElseThrow().period());
		ReferenceData reference = references.load(runId);
		jdbc.update("DELETE FROM result WHERE run_id = ?", runId);
		jdbc.update("DELETE FROM window_value WHERE run_id = ?", runId);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("run", runId)
			.addValue("year", period.getYear())
			.addValue("prevYear", period.getYear() - 1)
			.addValue("month", period.getMonthValue());
		named.update(WINDOW_BASE, params);
		named.update(WINDOW_DERIVED, params);

		Map<String, Target> targets = new HashMap<>();
		for (Target target : reference.targets()) {
			if (target.year() == period.getYear()) {
				targets.put(target.agency() + " " + target.indicator(), target);
			}
		}
		List<Object[]> rows = new ArrayList<>();
		Set<String> done = new HashSet<>();
		named.query(AGGREGATES, params, rs -> {
			Indicator indicator = reference.indicator(rs.getString("indicator"));
			String agency = rs.getString("agency");
			Figures figures = figures(rs, indicator, reference);
			rows.add(row(runId, agency, indicator, figures, targets.get(agency + " " + indicator.code()), period));
			done.add(agency + " " + indicator.code());
		});
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

	private static Figures figures(ResultSet rs, Indicator indicator, ReferenceData reference) throws SQLException {
		int monthsReported = rs.getInt("cur_n");
		boolean rolledUp = rs.getInt("cur_rolled") == 1;
		if (indicator.aggregation().isDerived()) {
			Aggregation num = reference.indicator(indicator.numerator()).aggregation();
			Aggregation den = reference.indicator(indicator.denominator()).aggregation();
			BigDecimal month = Arithmetic.derive(indicator.aggregation(), rs.getBigDecimal("month_num"),
					rs.getBigDecimal("month_den"));
			BigDecimal ytd = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, rs.getBigDecimal("cur_sum_num"), monthsReported,
							rs.getBigDecimal("cur_last_num")),
					Arithmetic.aggregate(den, rs.getBigDecimal("cur_sum_den"), monthsReported,
							rs.getBigDecimal("cur_last_den")));
			int prevN = rs.getInt("prev_n");
			BigDecimal ytdPrev = Arithmetic.derive(indicator.aggregation(),
					Arithmetic.aggregate(num, rs.getBigDecimal("prev_sum_num"), prevN, rs.getBigDecimal("prev_last_num")),
					Arithmetic.aggregate(den, rs.getBigDecimal("prev_sum_den"), prevN, rs.getBigDecimal("prev_last_den")));
			return new Figures(month, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		Aggregation aggregation = indicator.aggregation();
		BigDecimal month = rs.getBigDecimal("month_num");
		BigDecimal ytd = Arithmetic.aggregate(aggregation, rs.getBigDecimal("cur_sum_num"), monthsReported,
				rs.getBigDecimal("cur_last_num"));
		BigDecimal ytdPrev = Arithmetic.aggregate(aggregation, rs.getBigDecimal("prev_sum_num"), rs.getInt("prev_n"),
				rs.getBigDecimal("prev_last_num"));
		if (indicator.unit() == Unit.PERCENT) {
			return new Figures(month, ytd, ytdPrev, null, null, monthsReported, rolledUp);
		}
		int common = rs.getInt("c_n");
		BigDecimal growthMonth = Arithmetic.growth(month, rs.getBigDecimal("pmonth_num"));
		BigDecimal growthYtd = Arithmetic.growth(
				Arithmetic.aggregate(aggregation, rs.getBigDecimal("cc_sum_num"), common, rs.getBigDecimal("cc_last_num")),
				Arithmetic.aggregate(aggregation, rs.getBigDecimal("cp_sum_num"), common, rs.getBigDecimal("cp_last_num")));
		return new Figures(month, ytd, ytdPrev, growthMonth, growthYtd, monthsReported, rolledUp);
	}

}
