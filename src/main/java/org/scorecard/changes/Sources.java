package org.scorecard.changes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.scorecard.period.ReportingPeriod;
import org.scorecard.reference.Agency;
import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which changed files stand behind which results, as "AGENCY INDICATOR": a file stands behind a result
 * when it has accepted rows (superseded ones too: the edition that had them may have counted them) in
 * months 1..m of the year or the year before, for the result's agency or, where the indicator rolls up
 * (sum and last), one of its descendants, and for the result's indicator or one side of it (ratio,
 * difference). Rows of either edition count: a removed file's rows are the old edition's.
 */
final class Sources {

	private final Map<String, Set<String>> files;

	private Sources(Map<String, Set<String>> files) {
		this.files = files;
	}

	static Sources of(JdbcTemplate jdbc, ChangedFiles changed, ReportingPeriod period, ReferenceData reference) {
		Set<String> window = new HashSet<>();
		for (int month = 1; month <= period.monthOfYear(); month++) {
			window.add(String.format("%04d-%02d", period.year(), month));
			window.add(String.format("%04d-%02d", period.year() - 1, month));
		}
		Map<String, Set<String>> files = new HashMap<>();
		for (ChangedFiles.Stored file : changed.stored()) {
			Set<String> keys = new HashSet<>();
			jdbc.query("SELECT DISTINCT agency, indicator, period FROM submission_row WHERE run_id = ? AND file_id = ? "
					+ "AND code IS NULL", rs -> {
						if (window.contains(rs.getString(3))) {
							keys.addAll(touched(rs.getString(1), rs.getString(2), reference));
						}
					}, file.runId(), file.fileId());
			keys.forEach(key -> files.computeIfAbsent(key, k -> new TreeSet<>()).add(file.path()));
		}
		return new Sources(files);
	}

	/** The results a value of this agency and indicator can move: up the tree where it rolls up, and the derived ones. */
	static Set<String> touched(String agency, String indicator, ReferenceData reference) {
		Set<String> indicators = new HashSet<>();
		indicators.add(indicator);
		for (Indicator derived : reference.indicators().values()) {
			if (derived.aggregation().isDerived()
					&& (indicator.equals(derived.numerator()) || indicator.equals(derived.denominator()))) {
				indicators.add(derived.code());
			}
		}
		Indicator submitted = reference.indicators().get(indicator);
		boolean rollsUp = submitted != null
				&& (submitted.aggregation() == Aggregation.SUM || submitted.aggregation() == Aggregation.LAST);
		Set<String> keys = new HashSet<>();
		Set<String> seen = new HashSet<>();
		for (String code = agency; code != null && seen.add(code);) {
			for (String each : indicators) {
				keys.add(code + " " + each);
			}
			Agency found = reference.agencies().get(code);
			code = rollsUp && found != null ? found.parent() : null;
		}
		return keys;
	}

	/** The changed files behind a result, by path. */
	List<String> behind(String agency, String indicator) {
		return List.copyOf(files.getOrDefault(agency + " " + indicator, Set.of()));
	}

}
