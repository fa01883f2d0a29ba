package org.scorecard.ingest;

import java.util.ArrayList;
import java.util.List;

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
		jdbc.update("UPDATE input_file f SET "
				+ "rows_accepted = (SELECT COUNT(*) FROM submission_row r WHERE r.run_id = f.run_id "
				+ "AND r.file_id = f.file_id AND r.code IS NULL), "
				+ "rows_rejected = (SELECT COUNT(*) FROM submission_row r WHERE r.run_id = f.run_id "
				+ "AND r.file_id = f.file_id AND r.code IS NOT NULL) WHERE f.run_id = ? AND f.kind <> 'SKIPPED'", runId);
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
