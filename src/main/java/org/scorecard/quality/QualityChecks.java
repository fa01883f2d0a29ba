package org.scorecard.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.scorecard.aggregation.Decimals;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.reference.Rule;
import org.scorecard.run.RunRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the run's data-quality problems in its period, set-based in SQL, and stores them in
 * {@code quality_finding} in a fixed order: rule violations (in the order of rules.csv, then by
 * agency), roll-up discrepancies, outliers (each by agency and indicator). Values are never changed.
 *
 * <p>Outliers: a month's own value of a submitted indicator is an outlier when the agency has at
 * least {@value #MIN_HISTORY} own values in the twelve months before it and the value lies far from
 * their median: its modified z-score 0.6745 x |x - median| / MAD exceeds 3.5 (Iglewicz and Hoaglin),
 * MAD being the median absolute deviation; where MAD is 0 (more than half the months equal), the
 * score is |x - median| / (1.253314 x mean absolute deviation) instead, and where that is 0 too (a
 * flat series) any step counts. In every case the value must also differ from the median by more
 * than 10 % of the median, so small moves of small counts are not flagged. Medians are lower
 * medians (PERCENTILE_DISC 0.5): exact decimals on H2 and PostgreSQL alike.
 */
@Component
public class QualityChecks {

	static final int MIN_HISTORY = 6;

	private static final String RULE = "SELECT l.agency, l.month_value AS lv, r.month_value AS rv FROM result l "
			+ "JOIN result r ON r.run_id = l.run_id AND r.agency = l.agency AND r.indicator = :right "
			+ "WHERE l.run_id = :run AND l.indicator = :left AND l.month_value IS NOT NULL "
			+ "AND r.month_value IS NOT NULL AND NOT (l.month_value %s r.month_value) ORDER BY l.agency";

	private static final String ROLLUP = "SELECT p.agency, p.indicator, p.value_num AS own, SUM(c.value_num) AS children "
			+ "FROM agency_value p "
			+ "JOIN indicator i ON i.run_id = p.run_id AND i.code = p.indicator AND i.aggregation IN ('SUM', 'LAST') "
			+ "JOIN agency a ON a.run_id = p.run_id AND a.parent = p.agency "
			+ "JOIN agency_value c ON c.run_id = p.run_id AND c.agency = a.code AND c.indicator = p.indicator "
			+ "AND c.period = p.period "
			+ "WHERE p.run_id = :run AND p.period = :period AND NOT p.rolled_up "
			+ "GROUP BY p.agency, p.indicator, p.value_num "
			+ "HAVING ABS(p.value_num - SUM(c.value_num)) > 0.005 * ABS(p.value_num) ORDER BY p.agency, p.indicator";

	private static final String OUTLIER = "WITH hist AS (SELECT h.agency, h.indicator, h.value_num FROM agency_value h "
			+ "WHERE h.run_id = :run AND h.period >= :from AND h.period <= :to AND NOT h.rolled_up), "
			+ "med AS (SELECT agency, indicator, COUNT(*) AS n, "
			+ "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY value_num) AS median FROM hist GROUP BY agency, indicator), "
			+ "dev AS (SELECT h.agency, h.indicator, "
			+ "PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY ABS(h.value_num - m.median)) AS mad, "
			+ "AVG(ABS(h.value_num - m.median)) AS meanad FROM hist h "
			+ "JOIN med m ON m.agency = h.agency AND m.indicator = h.indicator GROUP BY h.agency, h.indicator) "
			+ "SELECT c.agency, c.indicator, c.value_num, m.median, d.mad, d.meanad, m.n FROM agency_value c "
			+ "JOIN med m ON m.agency = c.agency AND m.indicator = c.indicator "
			+ "JOIN dev d ON d.agency = c.agency AND d.indicator = c.indicator "
			+ "WHERE c.run_id = :run AND c.period = :period AND NOT c.rolled_up AND m.n >= " + MIN_HISTORY + " "
			+ "AND ABS(c.value_num - m.median) > 0.1 * ABS(m.median) "
			+ "AND ((d.mad > 0 AND 0.6745 * ABS(c.value_num - m.median) > 3.5 * d.mad) "
			+ "OR (d.mad = 0 AND ABS(c.value_num - m.median) > 3.5 * 1.253314 * d.meanad)) "
			+ "ORDER BY c.agency, c.indicator";

	private static final String INSERT = "INSERT INTO quality_finding (run_id, position, kind, agency, period, indicator, "
			+ "rule, message, value_left, value_right) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final RunRepository runs;

	private final ReferenceRepository references;

	public QualityChecks(JdbcTemplate jdbc, RunRepository runs, ReferenceRepository references) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.runs = runs;
		this.references = references;
	}

	/** Rebuilds the run's findings (a restarted step finds them again, never twice). */
	public void build(long runId) {
		YearMonth period = YearMonth.parse(runs.find(runId).orElseThrow().period());
		String p = period.toString();
		jdbc.update("DELETE FROM quality_finding WHERE run_id = ?", runId);
		List<Object[]> rows = new ArrayList<>();
		MapSqlParameterSource params = new MapSqlParameterSource("run", runId).addValue("period", p)
			.addValue("from", period.minusMonths(12).toString())
			.addValue("to", period.minusMonths(1).toString());
		for (Rule rule : references.load(runId).rules()) {
			named.query(RULE.formatted(rule.operator()),
					new MapSqlParameterSource(params.getValues()).addValue("left", rule.left()).addValue("right", rule.right()),
					rs -> {
						BigDecimal left = rs.getBigDecimal("lv");
						BigDecimal right = rs.getBigDecimal("rv");
						String message = rule.message() == null || rule.message().isBlank()
								? rule.left() + " " + Decimals.plain(left) + " is not " + rule.operator() + " "
										+ rule.right() + " " + Decimals.plain(right)
								: rule.message();
						rows.add(finding(runId, rows.size(), "rule", rs.getString("agency"), p, rule.left(), rule.label(),
								message, left, right));
					});
		}
		named.query(ROLLUP, params, rs -> {
			BigDecimal own = rs.getBigDecimal("own");
			BigDecimal children = rs.getBigDecimal("children");
			String apart = own.subtract(children)
				.abs()
				.multiply(BigDecimal.valueOf(100))
				.divide(own.abs(), new MathContext(3, RoundingMode.HALF_UP))
				.toPlainString();
			rows.add(finding(runId, rows.size(), "rollup", rs.getString("agency"), p, rs.getString("indicator"), null,
					"own figure " + Decimals.plain(own) + " and the sum of its children's figures "
							+ Decimals.plain(children) + " differ by " + apart
							+ " % of the own figure (more than 0.5 %); the own figure is kept",
					own, children));
		});
		named.query(OUTLIER, params, rs -> {
			BigDecimal value = rs.getBigDecimal("value_num");
			BigDecimal median = rs.getBigDecimal("median");
			rows.add(finding(runId, rows.size(), "outlier", rs.getString("agency"), p, rs.getString("indicator"), null,
					"value " + Decimals.plain(value) + " is far from the agency's own figures of the "
							+ rs.getInt("n") + " months before (median " + Decimals.plain(median) + ", median absolute deviation "
							+ Decimals.plain(rs.getBigDecimal("mad")) + "); please check it",
					value, median));
		});
		jdbc.batchUpdate(INSERT, rows);
	}

	private static Object[] finding(long runId, int position, String kind, String agency, String period,
			String indicator, String rule, String message, BigDecimal left, BigDecimal right) {
		return new Object[] { runId, position + 1, kind, agency, period, indicator, rule, message, left, right };
	}

}
