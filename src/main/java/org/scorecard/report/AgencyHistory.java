package org.scorecard.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.ingest.Senders;

/**
 * What the reports show of one agency beyond its results: its rejected rows, and its monthly values
 * over the twelve months to the period (own or rolled up; a ratio or difference from its two sides).
 */
final class AgencyHistory {

	private final JdbcTemplate jdbc;

	private final long runId;

	private final YearMonth period;

	private final ReferenceData reference;

	private final boolean second;

	/** {@code second}: the edition is in the run's second language (its stored messages are the _alt ones). */
	AgencyHistory(JdbcTemplate jdbc, long runId, YearMonth period, ReferenceData reference, boolean second) {
		this.jdbc = jdbc;
		this.second = second;
		this.runId = runId;
		this.period = period;
		this.reference = reference;
	}

	/** What went wrong with what an agency sent (see {@link Senders#rejections}). */
	List<Senders.Rejection> rejected(String agency) {
		return Senders.rejections(jdbc, runId, agency, second);
	}

	/** Every indicator's monthly values of the agency (one query for the agency), by indicator code. */
	Map<String, List<ReportData.Point>> trends(String agency) {
		Map<String, Map<YearMonth, BigDecimal>> base = new LinkedHashMap<>();
		jdbc.query("SELECT indicator, period, value_num FROM agency_value WHERE run_id = ? AND agency = ? "
				+ "AND period >= ? AND period <= ? ORDER BY indicator, period", rs -> {
					base.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
						.put(YearMonth.parse(rs.getString(2)), rs.getBigDecimal(3));
				}, runId, agency, period.minusMonths(11).toString(), period.toString());
		Map<String, List<ReportData.Point>> trends = new LinkedHashMap<>();
		base.forEach((code, values) -> trends.put(code,
				values.entrySet().stream().map(e -> new ReportData.Point(e.getKey(), e.getValue())).toList()));
		for (Indicator indicator : reference.indicators().values()) {
			if (indicator.aggregation().isDerived()) {
				Map<YearMonth, BigDecimal> den = base.getOrDefault(indicator.denominator(), Map.of());
				List<ReportData.Point> points = new ArrayList<>();
				new TreeMap<>(base.getOrDefault(indicator.numerator(), Map.of())).forEach((month, num) -> {
					BigDecimal value = den.containsKey(month) ? derived(indicator, num, den.get(month)) : null;
					if (value != null) {
						points.add(new ReportData.Point(month, value));
					}
				});
				trends.put(indicator.code(), points);
			}
		}
		return trends;
	}

	/** The agency's monthly values of one indicator, months without a value left out. */
	List<ReportData.Point> trend(String agency, String indicatorCode) {
		Indicator indicator = reference.indicator(indicatorCode);
		String from = period.minusMonths(11).toString();
		String to = period.toString();
		if (!indicator.aggregation().isDerived()) {
			return jdbc.query("SELECT period, value_num FROM agency_value WHERE run_id = ? AND agency = ? AND indicator = ? "
					+ "AND period >= ? AND period <= ? ORDER BY period",
					(rs, n) -> new ReportData.Point(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2)), runId, agency,
					indicatorCode, from, to);
		}
		return jdbc.query("SELECT n.period, n.value_num, d.value_num FROM agency_value n JOIN agency_value d "
				+ "ON d.run_id = n.run_id AND d.agency = n.agency AND d.period = n.period AND d.indicator = ? "
				+ "WHERE n.run_id = ? AND n.agency = ? AND n.indicator = ? AND n.period >= ? AND n.period <= ? "
				+ "ORDER BY n.period",
				(rs, n) -> new ReportData.Point(YearMonth.parse(rs.getString(1)),
						derived(indicator, rs.getBigDecimal(2), rs.getBigDecimal(3))),
				indicator.denominator(), runId, agency, indicator.numerator(), from, to)
			.stream()
			.filter(p -> p.value() != null)
			.toList();
	}

	/** A difference, or a ratio in percent (null where the denominator is 0). */
	private static BigDecimal derived(Indicator indicator, BigDecimal num, BigDecimal den) {
		if (indicator.aggregation() == Aggregation.DIFFERENCE) {
			return num.subtract(den);
		}
		return den.signum() == 0 ? null : num.divide(den, MathContext.DECIMAL128).multiply(BigDecimal.valueOf(100));
	}

}
