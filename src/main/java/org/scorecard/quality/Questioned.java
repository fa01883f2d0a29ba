package org.scorecard.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The results a data-quality finding of the run's month puts in question, as "AGENCY INDICATOR": for
 * a rule violation both sides of the rule, for an unusual value its indicator, and in both cases the
 * ratios and differences computed from them. Roll-up discrepancies question no result (the parent's
 * own figure is reported as sent). The status of a questioned result stays as rules.md computes it;
 * reports show "in question" beside it.
 */
public final class Questioned {

	private Questioned() {
	}

	public static Set<String> of(JdbcTemplate jdbc, long runId, ReferenceData reference) {
		Set<String> questioned = new HashSet<>();
		jdbc.query("SELECT kind, agency, indicator, rule FROM quality_finding WHERE run_id = ? "
				+ "AND kind IN ('rule', 'outlier')", rs -> {
					Set<String> indicators = new HashSet<>();
					indicators.add(rs.getString("indicator"));
					String rule = rs.getString("rule");
					if (rs.getString("kind").equals("rule") && rule != null) {
						indicators.addAll(List.of(rule.split("[<>=]+")));
					}
					for (Indicator indicator : reference.indicators().values()) {
						if (indicator.aggregation().isDerived() && (indicators.contains(indicator.numerator())
								|| indicators.contains(indicator.denominator()))) {
							indicators.add(indicator.code());
						}
					}
					String agency = rs.getString("agency");
					indicators.forEach(code -> questioned.add(agency + " " + code));
				}, runId);
		return questioned;
	}

}
