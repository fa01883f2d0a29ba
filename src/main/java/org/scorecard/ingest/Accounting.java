package org.scorecard.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.run.RunRepository;
import org.scorecard.run.RunContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Checks that nothing was lost: for every file, the rows the reader counted equal the rows stored
 * as accepted plus those stored as rejected. Any mismatch fails the run.
 */
@Component
public class Accounting {

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	public Accounting(JdbcTemplate jdbc, RunRepository runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	public void check(RunContext context) {
		long runId = context.runId();
		// the stored rows counted per file in one grouped pass (two counts per file by the key were a lookup
		// of every stored row twice: most of the step at a million rows), then written per file
		Map<Integer, long[]> counts = new HashMap<>();
		jdbc.query("SELECT file_id, SUM(CASE WHEN code IS NULL THEN 1 ELSE 0 END), "
				+ "SUM(CASE WHEN code IS NULL THEN 0 ELSE 1 END) FROM submission_row WHERE run_id = ? GROUP BY file_id",
				rs -> {
					counts.put(rs.getInt(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, runId);
		List<Object[]> updates = new ArrayList<>();
		jdbc.query("SELECT file_id FROM input_file WHERE run_id = ? AND kind <> 'SKIPPED'", rs -> {
			long[] stored = counts.getOrDefault(rs.getInt(1), new long[2]);
			updates.add(new Object[] { stored[0], stored[1], runId, rs.getInt(1) });
		}, runId);
		jdbc.batchUpdate("UPDATE input_file SET rows_accepted = ?, rows_rejected = ? WHERE run_id = ? AND file_id = ?",
				updates);
		List<String> problems = new ArrayList<>();
		jdbc.query("SELECT path, status, rows_read, rows_accepted, rows_rejected FROM input_file "
				+ "WHERE run_id = ? AND kind <> 'SKIPPED' ORDER BY file_id", rs -> {
					String path = rs.getString(1);
					String status = rs.getString(2);
					long read = rs.getLong(3);
					long accepted = rs.getLong(4);
					long rejected = rs.getLong(5);
					if (!status.equals("read") && !status.equals("unreadable")) {
						problems.add(path + " was never read to the end");
					}
					else if (read != accepted + rejected) {
						problems.add(path + ": " + read + " rows read but " + accepted + " accepted + " + rejected
								+ " rejected stored");
					}
				}, runId);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Row accounting failed, rows read must equal accepted + rejected: "
					+ String.join("; ", problems));
		}
		runs.recordTotals(runId);
	}

}
