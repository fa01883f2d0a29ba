package org.scorecard.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.scorecard.run.RunContext;
import org.scorecard.text.MessagePair;
import org.scorecard.text.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Settles revisions across all files (rules.md sections 1 and 4): rows of one key submitted at the
 * same instant are DUPLICATE (same value: the first in file order stays) or CONFLICT (different
 * values: all of them); then, per key, the accepted row with the latest submitted_at is current.
 * Accepted rows are stored current; one grouped pass finds the keys with more than one accepted
 * row, only their rows come into memory (a few per cent at most), and only the rows that change
 * are updated, by primary key.
 */
@Component
public class RevisionResolver {

	/** A restarted step starts again from the rows as ingested: accepted rows current, no tie codes. */
	private static final String RESET = "UPDATE submission_row SET code = NULL, message = NULL, message_alt = NULL, is_current = TRUE "
			+ "WHERE run_id = ? AND (code IN ('DUPLICATE', 'CONFLICT') OR (code IS NULL AND NOT is_current))";

	/**
	 * The accepted rows of every key that has more than one row, in key, instant and file order. The
	 * keys are grouped in the order of the key index (run, agency, period, indicator) without reading
	 * the rows (0.7 s at a million rows in H2, where filtering on the code first made it read every row: 13 s).
	 */
	private static final String REVISED_ROWS = "SELECT r.file_id, r.sheet_no, r.sheet, r.line, r.agency, "
			+ "r.period, r.indicator, r.submitted_at, r.value_num, f.path "
			+ "FROM (SELECT run_id, agency, period, indicator FROM submission_row "
			+ "WHERE run_id = ? GROUP BY run_id, agency, period, indicator HAVING COUNT(*) > 1) k "
			+ "JOIN submission_row r ON r.run_id = k.run_id AND r.agency = k.agency AND r.indicator = k.indicator "
			+ "AND r.period = k.period AND r.code IS NULL "
			+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id "
			+ "ORDER BY r.agency, r.period, r.indicator, r.submitted_at, r.file_id, r.sheet_no, r.line";

	private record Tied(int fileId, int sheetNo, String sheet, long line, String key, LocalDateTime submittedAt,
			BigDecimal value, String path) {

		/** Where the row is, for a message: {@code HN.csv line 4}, {@code HN.xlsx sheet 'Form' line 7}. */
		String place(Messages messages) {
			return messages.format(sheet == null ? "place.csv" : "place.form", "file", path, "sheet", sheet, "line", line);
		}

		/** The row's own message begins with its sheet, as every message of a workbook's row. */
		String where(Messages messages, String message) {
			return sheet == null ? message : messages.format("where.sheet", "sheet", sheet, "message", message);
		}

	}

	private final JdbcTemplate jdbc;

	public RevisionResolver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void resolve(RunContext context) {
		long runId = context.runId();
		jdbc.update(RESET, runId);
		List<Object[]> ties = new ArrayList<>();
		List<Object[]> superseded = new ArrayList<>();
		List<Tied> key = new ArrayList<>();
		MessagePair texts = new MessagePair(context.messages(), context.secondMessages());
		jdbc.query(REVISED_ROWS, rs -> {
			Tied row = new Tied(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5) + "|"
					+ rs.getString(6) + "|" + rs.getString(7), rs.getObject(8, LocalDateTime.class), rs.getBigDecimal(9),
					rs.getString(10));
			if (!key.isEmpty() && !key.get(0).key().equals(row.key())) {
				settleKey(key, ties, superseded, runId, texts);
			}
			key.add(row);
		}, runId);
		settleKey(key, ties, superseded, runId, texts);
		jdbc.batchUpdate("UPDATE submission_row SET code = ?, message = ?, message_alt = ?, is_current = FALSE "
				+ "WHERE run_id = ? AND file_id = ? AND sheet_no = ? AND line = ?", ties);
		jdbc.batchUpdate("UPDATE submission_row SET is_current = FALSE WHERE run_id = ? AND file_id = ? "
				+ "AND sheet_no = ? AND line = ?", superseded);
	}

	/**
	 * One key's accepted rows, by instant then file order: each instant's tie group is settled; of
	 * the rows still accepted, the one of the latest instant stays current, the others are superseded.
	 */
	private static void settleKey(List<Tied> rows, List<Object[]> ties, List<Object[]> superseded, long runId,
			MessagePair texts) {
		List<Tied> survivors = new ArrayList<>();
		List<Tied> group = new ArrayList<>();
		for (Tied row : rows) {
			if (!group.isEmpty() && !group.get(0).submittedAt().equals(row.submittedAt())) {
				survivors.addAll(settle(group, ties, runId, texts));
			}
			group.add(row);
		}
		survivors.addAll(settle(group, ties, runId, texts));
		// survivors are in instant order and at most one per instant: all but the last are superseded
		for (Tied row : survivors.subList(0, Math.max(0, survivors.size() - 1))) {
			superseded.add(new Object[] { runId, row.fileId(), row.sheetNo(), row.line() });
		}
		rows.clear();
	}

	/** Settles one tie group (rows of one key and instant); gives back the row that stays accepted, if any. */
	private static List<Tied> settle(List<Tied> group, List<Object[]> updates, long runId, MessagePair texts) {
		if (group.isEmpty()) {
			return List.of();
		}
		Tied first = group.get(0);
		if (group.size() == 1) {
			group.clear();
			return List.of(first);
		}
		Tied different = group.stream().filter(t -> t.value().compareTo(first.value()) != 0).findFirst().orElse(null);
		for (Tied tied : group) {
			if (different != null) {
				Tied other = tied.value().compareTo(first.value()) != 0 ? first : different;
				// the values as stored, in the indicator's unit: figures in the run's language
				updates.add(update("CONFLICT", tied, runId, texts, messages -> messages.format("tie.conflict.run", "value",
						tied.value().stripTrailingZeros(), "other", other.value().stripTrailingZeros(), "place",
						other.place(messages), "count", group.size())));
			}
			else if (!Objects.equals(tied, first)) {
				updates.add(update("DUPLICATE", tied, runId, texts,
						messages -> messages.format("tie.duplicate.run", "place", first.place(messages))));
			}
		}
		group.clear();
		return different != null ? List.of() : List.of(first);
	}

	/** A tie's code and message, in the run's language and its second, for its row. */
	private static Object[] update(String code, Tied tied, long runId, MessagePair texts,
			Function<Messages, String> message) {
		return new Object[] { code, texts.own(m -> tied.where(m, message.apply(m))),
				texts.second(m -> tied.where(m, message.apply(m))), runId, tied.fileId(), tied.sheetNo(), tied.line() };
	}

}
