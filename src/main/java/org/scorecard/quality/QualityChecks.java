package org.scorecard.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.scorecard.reference.Rule;
import org.scorecard.text.MessagePair;
import org.scorecard.text.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.run.RunContext;

/**
 * Finds the run's data-quality problems in its period, set-based in SQL, and stores them in
 * {@code quality_finding} in a fixed order: rule violations (in the order of rules.csv, then by
 * agency), roll-up discrepancies, outliers (each by agency and indicator). Values are never changed.
 *
 * <p>Outliers: a month's own value of a submitted indicator is an outlier when the agency has at
 * least six own values in the twelve months before it and the value lies far from
 * their median: its modified z-score 0.6745 x |x - median| / MAD exceeds 3.5 (Iglewicz and Hoaglin),
 * MAD being the median absolute deviation; where MAD is 0 (more than half the months equal), the
 * score is |x - median| / (1.253314 x mean absolute deviation) instead, and where that is 0 too (a
 * flat series) any step counts. In every case the value must also differ from the median by more
 * than 10 % of the median, so small moves of small counts are not flagged. Medians are lower
 * medians (PERCENTILE_DISC 0.5): exact decimals on H2 and PostgreSQL alike. The medians and spreads
 * come from {@code outlier_stat} and {@code outlier_spread}, which the results step fills in its one
 * ordered pass over each agency's months (aggregation.OutlierStatistics); this step joins them to the
 * month's own values.
 */
@Component
public class QualityChecks {

	private static final String RULE = "SELECT l.agency, l.month_value AS lv, r.month_value AS rv FROM result l "
			+ "JOIN result r ON r.run_id = l.run_id AND r.agency = l.agency AND r.indicator = :right "
			+ "WHERE l.run_id = :run AND l.indicator = :left AND l.month_value IS NOT NULL "
			+ "AND r.month_value IS NOT NULL AND NOT (l.month_value %s r.month_value) ORDER BY l.agency";

	/**
	 * Per parent and indicator (sum and last only), the sum of its children's values of the period:
	 * one grouped pass over the period's rows.
	 */
	private static final String CHILDREN = "SELECT a.parent, c.indicator, SUM(c.value_num) AS children FROM agency_value c "
			+ "JOIN agency a ON a.run_id = c.run_id AND a.code = c.agency "
			+ "JOIN indicator i ON i.run_id = c.run_id AND i.code = c.indicator AND i.aggregation IN ('SUM', 'LAST') "
			+ "WHERE c.run_id = :run AND c.period_year = :year AND c.period_month = :month AND a.parent IS NOT NULL "
			+ "GROUP BY a.parent, c.indicator";

	/** Every own value of the period, to compare with its children's sum. */
	private static final String OWN = "SELECT agency, indicator, value_num FROM agency_value "
			+ "WHERE run_id = :run AND period_year = :year AND period_month = :month AND NOT rolled_up "
			+ "ORDER BY agency, indicator";

	private static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");

	private static final String OUTLIER = "SELECT c.agency, c.indicator, c.value_num, s.median, d.mad, s.months "
			+ "FROM agency_value c JOIN outlier_stat s ON s.run_id = c.run_id AND s.agency = c.agency "
			+ "AND s.indicator = c.indicator "
			+ "JOIN outlier_spread d ON d.run_id = c.run_id AND d.agency = c.agency AND d.indicator = c.indicator "
			+ "WHERE c.run_id = :run AND c.period_year = :year AND c.period_month = :month AND NOT c.rolled_up "
			+ "AND ABS(c.value_num - s.median) > 0.1 * ABS(s.median) "
			+ "AND ((d.mad > 0 AND 0.6745 * ABS(c.value_num - s.median) > 3.5 * d.mad) "
			+ "OR (d.mad = 0 AND ABS(c.value_num - s.median) > 3.5 * 1.253314 * d.mean_dev)) "
			+ "ORDER BY c.agency, c.indicator";

	private static final String INSERT = "INSERT INTO quality_finding (run_id, position, kind, agency, period, indicator, "
			+ "rule, message, value_left, value_right, message_alt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	public QualityChecks(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Rebuilds the run's findings (a restarted step finds them again, never twice). */
	public void build(RunContext context) {
		long runId = context.runId();
		YearMonth period = context.period().month();
		String p = period.toString();
		// findings are stored in the run's language (and its second), as every message the officers read
		MessagePair texts = new MessagePair(context.messages(), context.secondMessages());
		jdbc.update("DELETE FROM quality_finding WHERE run_id = ?", runId);
		List<Object[]> rows = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource("run", runId).addValue("period", p)
			.addValue("year", period.getYear())
			.addValue("month", period.getMonthValue());
		for (Rule rule : context.reference().rules()) {
			named.query(RULE.formatted(rule.operator()),
					new MapSqlParameterSource(params.getValues()).addValue("left", rule.left()).addValue("right", rule.right()),
					rs -> {
						BigDecimal left = rs.getBigDecimal("lv");
						BigDecimal right = rs.getBigDecimal("rv");
						Function<Messages, String> message = messages -> rule.message() == null || rule.message().isBlank()
								? messages.format("quality.rule", "left", rule.left(), "left_value", left, "operator",
										rule.operator(), "right", rule.right(), "right_value", right)
								: rule.message(messages.lang());
						rows.add(finding(runId, rows.size(), "rule", rs.getString("agency"), p, rule.left(), rule.label(),
								texts, message, left, right));
					});
		}
		java.util.Map<String, BigDecimal> childrenSums = new java.util.HashMap<>();
		named.query(CHILDREN, params, rs -> {
			childrenSums.put(rs.getString(1) + " " + rs.getString(2), rs.getBigDecimal(3));
		});
		named.query(OWN, params, rs -> {
			BigDecimal own = rs.getBigDecimal("value_num");
			BigDecimal children = childrenSums.get(rs.getString("agency") + " " + rs.getString("indicator"));
			if (children == null || own.subtract(children).abs().compareTo(own.abs().multiply(HALF_PERCENT)) <= 0) {
				return;
			}
			BigDecimal apart = own.signum() == 0 ? null
					: own.subtract(children)
						.abs()
						.multiply(BigDecimal.valueOf(100))
						.divide(own.abs(), new MathContext(3, RoundingMode.HALF_UP));
			rows.add(finding(runId, rows.size(), "rollup", rs.getString("agency"), p, rs.getString("indicator"), null,
					texts, messages -> messages.format("quality.rollup", "own", own, "children", children, "apart",
							apart == null ? messages.format("quality.rollup.all") : apart, "limit", new BigDecimal("0.5")),
					own, children));
		});
		named.query(OUTLIER, params, rs -> {
			BigDecimal value = rs.getBigDecimal("value_num");
			BigDecimal median = rs.getBigDecimal("median");
			int months = rs.getInt("months");
			BigDecimal mad = rs.getBigDecimal("mad");
			rows.add(finding(runId, rows.size(), "outlier", rs.getString("agency"), p, rs.getString("indicator"), null,
					texts, messages -> messages.format("quality.outlier", "value", value, "months", months, "median", median,
							"mad", mad),
					value, median));
		});
		jdbc.batchUpdate(INSERT, rows);
	}

	private static Object[] finding(long runId, int position, String kind, String agency, String period,
			String indicator, String rule, MessagePair texts, Function<Messages, String> message, BigDecimal left,
			BigDecimal right) {
		return new Object[] { runId, position + 1, kind, agency, period, indicator, rule, texts.own(message), left, right,
				texts.second(message) };
	}

}
