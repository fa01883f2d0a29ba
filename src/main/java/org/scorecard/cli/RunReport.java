package org.scorecard.cli;

import java.io.PrintWriter;

import org.scorecard.run.Run;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What {@code scorecard run} prints when it ends: the counts per file, the totals, and where the outputs are. */
final class RunReport {

	private final JdbcTemplate jdbc;

	private final PrintWriter out;

	RunReport(JdbcTemplate jdbc, PrintWriter out) {
		this.jdbc = jdbc;
		this.out = out;
	}

	void print(RunOutcome outcome, RunRequest request) {
		Run run = outcome.run();
		String name = "Run " + run.id() + " of " + run.period() + " (edition " + run.edition() + ")";
		if (outcome.reused()) {
			out.println(name + " already completed with these files; nothing was recomputed.");
			out.println("Reports: " + request.periodDir());
			return;
		}
		if (!outcome.completed()) {
			out.println(name + " failed: " + outcome.failure());
			out.println("Run the same command again to restart it from where it stopped.");
			return;
		}
		out.printf("%-60s %9s %9s %9s  %s%n", "file", "read", "accepted", "rejected", "");
		jdbc.query("SELECT path, status, rows_read, rows_accepted, rows_rejected, message FROM input_file "
				+ "WHERE run_id = ? ORDER BY file_id", rs -> {
					String status = rs.getString("status");
					if (status.equals("skipped")) {
						out.printf("%-60s %9s %9s %9s  %s%n", rs.getString("path"), "-", "-", "-", "skipped: not CSV or XLSX");
					}
					else {
						out.printf("%-60s %,9d %,9d %,9d  %s%n", rs.getString("path"), rs.getLong("rows_read"),
								rs.getLong("rows_accepted"), rs.getLong("rows_rejected"),
								status.equals("unreadable") ? "UNREADABLE_FILE: " + rs.getString("message") : "");
					}
				}, run.id());
		out.printf("%-60s %,9d %,9d %,9d%n", "total", run.rowsRead(), run.rowsAccepted(), run.rowsRejected());
		out.println(name + (outcome.restarted() ? " restarted and completed." : " completed."));
		out.println("Reports: " + request.periodDir() + " (summary.json, rejects.csv)");
	}

}
