package org.scorecard.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settles revisions across all files (rules.md sections 1 and 4): rows of one key submitted at the
 * same instant are DUPLICATE (same value: the first in file order stays) or CONFLICT (different
 * values: all of them); then, per key, the accepted row with the latest submitted_at is current.
 * Only the tie groups come into memory; accepted rows are stored current, and one set-based update
 * marks the superseded ones (few rows change, which matters at a million rows).
 */
class RevisionResolver {

	private static final String TIED_ROWS = "SELECT r.file_id, r.line, r.agency, r.period, r.indicator, "
			+ "r.submitted_at, r.value_num, f.path FROM submission_row r "
			+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id "
			+ "WHERE r.run_id = ? AND r.code IS NULL AND EXISTS (SELECT 1 FROM submission_row o "
			+ "WHERE o.run_id = r.run_id AND o.code IS NULL AND o.agency = r.agency AND o.period = r.period "
			+ "AND o.indicator = r.indicator AND o.submitted_at = r.submitted_at "
			+ "AND (o.file_id <> r.file_id OR o.line <> r.line)) "
			+ "ORDER BY r.agency, r.period, r.indicator, r.submitted_at, r.file_id, r.line";

	/** Rows with a later accepted revision are superseded (the others stay current: few rows change). */
	private static final String MARK_SUPERSEDED = "UPDATE submission_row r SET is_current = FALSE "
			+ "WHERE r.run_id = ? AND r.code IS NULL AND r.is_current AND EXISTS (SELECT 1 FROM submission_row o "
			+ "WHERE o.run_id = r.run_id AND o.code IS NULL AND o.agency = r.agency AND o.period = r.period "
			+ "AND o.indicator = r.indicator AND o.submitted_at > r.submitted_at)";

	private record Tied(int fileId, long line, String key, LocalDateTime submittedAt, BigDecimal value, String path) {
	}

	private final JdbcTemplate jdbc;

	RevisionResolver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void resolve(long runId) {
		// a restarted step starts again from the rows as ingested: accepted rows current, no tie codes
		jdbc.update("UPDATE submission_row SET code = NULL, message = NULL WHERE run_id = ? "
				+ "AND code IN ('DUPLICATE', 'CONFLICT')", runId);
		jdbc.update("UPDATE submission_row SET is_current = TRUE WHERE run_id = ? AND code IS NULL AND NOT is_current",
				runId);
		List<Object[]> updates = new ArrayList<>();
		List<Tied> group = new ArrayList<>();
		jdbc.query(TIED_ROWS, rs -> {
			Tied tied = new Tied(rs.getInt(1), rs.getLong(2), rs.getString(3) + "|" + rs.getString(4) + "|"
					+ rs.getString(5), rs.getObject(6, LocalDateTime.class), rs.getBigDecimal(7), rs.getString(8));
			if (!group.isEmpty() && !(group.get(0).key().equals(tied.key())
					&& group.get(0).submittedAt().equals(tied.submittedAt()))) {
				settle(group, updates, runId);
			}
			group.add(tied);
		}, runId);
		settle(group, updates, runId);
		jdbc.batchUpdate("UPDATE submission_row SET code = ?, message = ?, is_current = FALSE "
				+ "WHERE run_id = ? AND file_id = ? AND line = ?", updates);
		jdbc.update(MARK_SUPERSEDED, runId);
	}

	private static void settle(List<Tied> group, List<Object[]> updates, long runId) {
		if (group.isEmpty()) {
			return;
		}
		Tied first = group.get(0);
		Tied different = group.stream().filter(t -> t.value().compareTo(first.value()) != 0).findFirst().orElse(null);
		for (Tied tied : group) {
			if (different != null) {
				Tied other = tied.value().compareTo(first.value()) != 0 ? first : different;
				updates.add(new Object[] { "CONFLICT", "field value: " + tied.value().stripTrailingZeros().toPlainString()
						+ " conflicts with " + other.value().stripTrailingZeros().toPlainString() + " in " + other.path()
						+ " line " + other.line() + ", submitted at the same time for the same agency, period and "
						+ "indicator; none of the " + group.size() + " rows counts", runId, tied.fileId(), tied.line() });
			}
			else if (!Objects.equals(tied, first)) {
				updates.add(new Object[] { "DUPLICATE", "repeats " + first.path() + " line " + first.line()
						+ " (same agency, period, indicator, submitted_at and value); the first one counts", runId,
						tied.fileId(), tied.line() });
			}
		}
		group.clear();
	}

}
