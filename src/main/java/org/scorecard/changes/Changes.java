package org.scorecard.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.scorecard.reference.ReferenceData;
import org.scorecard.run.Run;
import org.scorecard.run.RunStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compares a run's results with those of the previous edition of its period: the latest earlier run of
 * the same period that completed. Every run's rows stay in the database keyed by run (nothing purges
 * them), so the comparison is read on demand from both runs' {@code result} and {@code input_file}
 * rows; it stores nothing, so a restarted step computes it again, identically.
 */
public final class Changes {

	private static final String RESULTS = "SELECT agency, indicator, month_value, ytd, ytd_prev, growth_month, "
			+ "growth_ytd, status FROM result WHERE run_id = ?";

	private final JdbcTemplate jdbc;

	public Changes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The edition compared with: its run and number. */
	private record Previous(long id, int edition) {
	}

	/** A result's compared figures (in the order of {@link EditionChanges#FIGURES}) and its status. */
	private record Row(List<BigDecimal> figures, String status) {
	}

	/** What changed in {@code run} since the previous completed edition of its period. */
	public EditionChanges since(Run run, ReferenceData reference) {
		List<Previous> previous = jdbc.query("SELECT id, edition FROM run WHERE period = ? AND id < ? AND status = ? "
				+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", (rs, n) -> new Previous(rs.getLong(1), rs.getInt(2)),
				run.period().toString(), run.id(), RunStatus.COMPLETED.name());
		if (previous.isEmpty()) {
			return EditionChanges.firstEdition();
		}
		long before = previous.get(0).id();
		ChangedFiles files = ChangedFiles.between(jdbc, before, run.id());
		Map<String, Row> old = results(before);
		Map<String, Row> now = results(run.id());
		TreeSet<String> keys = new TreeSet<>(old.keySet());
		keys.addAll(now.keySet());
		Sources sources = null;
		List<EditionChanges.Change> changes = new ArrayList<>();
		for (String key : keys) {
			Row was = old.get(key);
			Row is = now.get(key);
			List<EditionChanges.Figure> figures = new ArrayList<>();
			for (int i = 0; i < EditionChanges.FIGURES.size(); i++) {
				BigDecimal a = was == null ? null : was.figures().get(i);
				BigDecimal b = is == null ? null : is.figures().get(i);
				if (differ(a, b)) {
					figures.add(new EditionChanges.Figure(EditionChanges.FIGURES.get(i), a, b));
				}
			}
			String statusBefore = was == null ? null : was.status();
			String statusAfter = is == null ? null : is.status();
			if (figures.isEmpty() && Objects.equals(statusBefore, statusAfter)) {
				continue;
			}
			if (sources == null) {
				// read only when something changed: a rerun with the same files reads no submission row
				sources = Sources.of(jdbc, files, run.period(), reference);
			}
			String[] parts = key.split(" ", 2);
			changes.add(new EditionChanges.Change(parts[0], parts[1], List.copyOf(figures), statusBefore, statusAfter,
					sources.behind(parts[0], parts[1])));
		}
		return new EditionChanges(before, previous.get(0).edition(), files.added(), files.removed(), files.replaced(),
				List.copyOf(changes));
	}

	/** Decimals compare by value ({@code 1.50} is {@code 1.5}); a figure that appears or goes is a change. */
	static boolean differ(BigDecimal a, BigDecimal b) {
		return a == null ? b != null : b == null || a.compareTo(b) != 0;
	}

	/** The run's results keyed "AGENCY INDICATOR", ordered by agency code then indicator code. */
	private Map<String, Row> results(long runId) {
		Map<String, Row> results = new TreeMap<>();
		jdbc.query(RESULTS, rs -> {
			List<BigDecimal> figures = new ArrayList<>(EditionChanges.FIGURES.size());
			for (int column = 3; column <= 7; column++) {
				figures.add(rs.getBigDecimal(column));
			}
			results.put(rs.getString(1) + " " + rs.getString(2), new Row(figures, rs.getString(8)));
		}, runId);
		return results;
	}

}
