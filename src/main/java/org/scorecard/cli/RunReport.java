package org.scorecard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scorecard.aggregation.Status;
import org.scorecard.completeness.Completeness;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.MissingVietnamese;
import org.scorecard.reference.Task;
import org.scorecard.run.Run;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.submission.SheetOutcome;
import org.scorecard.text.Language;
import org.scorecard.text.Quoted;
import org.scorecard.task.TaskStatus;
import org.scorecard.run.RunContext;
import org.scorecard.run.RunContexts;
import org.scorecard.run.RunLauncher;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.ingest.RowWriter;

/**
 * What {@code scorecard run} prints when it ends: the files with rejected rows, the totals, and a
 * short summary of the period (results by status, reporting rate, overdue tasks, quality findings).
 */
final class RunReport {

	private static final String FILE_LINE = "  %-58s %9s %9s %9s  %s%n";

	private final JdbcTemplate jdbc;

	private final RunContexts contexts;

	private final JobRepository jobs;

	private final Job job;

	private final PrintWriter out;

	RunReport(ApplicationContext context, PrintWriter out) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.contexts = context.getBean(RunContexts.class);
		this.jobs = context.getBean(JobRepository.class);
		this.job = context.getBean(Job.class);
		this.out = out;
	}

	void print(RunOutcome outcome, RunRequest request) {
		Run run = outcome.run();
		String name = "Run " + run.id() + " of " + run.period() + " (edition " + run.edition() + ")";
		if (outcome.reused()) {
			out.println(name + " already completed with these files; nothing was recomputed.");
			summary(run);
			out.println("Reports: " + request.periodDir());
			return;
		}
		if (!outcome.completed()) {
			steps(run);
			out.println(name + " failed: " + outcome.failure());
			out.println("Details, with the stack traces: " + org.scorecard.run.RunLogs.file(run));
			out.println("Run the same command again to restart it from where it stopped.");
			return;
		}
		files(run);
		summary(run);
		steps(run);
		out.println(name + (outcome.restarted() ? " restarted and completed." : " completed."));
		out.println("Reports: " + request.periodDir() + " (scorecard-" + run.period() + ".pdf, agencies/, scorecard-"
				+ run.period() + ".xlsx, summary.json, rejects.csv)");
	}

	private void files(Run run) {
		Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status <> 'skipped'",
				Integer.class, run.id());
		List<String> skipped = jdbc.query(
				"SELECT path, message FROM input_file WHERE run_id = ? AND status = 'skipped' ORDER BY file_id",
				(rs, n) -> Quoted.visible(rs.getString(1)) + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"),
				run.id());
		out.printf("Files: %,d read%s%n", files,
				skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped: " + String.join(", ", skipped));
		out.printf("Rows: %,d read = %,d accepted + %,d rejected%n", run.rowsRead(), run.rowsAccepted(),
				run.rowsRejected());
		sheets(run);
		StringBuilder problems = new StringBuilder();
		jdbc.query("SELECT path, status, rows_read, rows_accepted, rows_rejected, message FROM input_file "
				+ "WHERE run_id = ? AND (status = 'unreadable' OR rows_rejected > 0) ORDER BY file_id", rs -> {
					problems.append(String.format(FILE_LINE, Quoted.visible(rs.getString("path")),
							String.format("%,d", rs.getLong("rows_read")),
							String.format("%,d", rs.getLong("rows_accepted")), String.format("%,d", rs.getLong("rows_rejected")),
							rs.getString("status").equals("unreadable") ? "UNREADABLE_FILE: " + rs.getString("message") : ""));
				}, run.id());
		if (!problems.isEmpty()) {
			out.println("Files with rejected rows (details in rejects.csv):");
			out.printf(FILE_LINE, "file", "read", "accepted", "rejected", "");
			out.print(problems);
		}
	}

	/** Workbooks with more than one sheet: which sheets were read as forms and which were skipped, and why. */
	private void sheets(Run run) {
		Map<String, List<String>> byFile = new java.util.LinkedHashMap<>();
		jdbc.query("SELECT f.path, s.sheet_no, s.name, s.status, s.reason, s.rows_read FROM input_sheet s JOIN input_file f "
				+ "ON f.run_id = s.run_id AND f.file_id = s.file_id WHERE s.run_id = ? AND s.file_id IN "
				+ "(SELECT file_id FROM input_sheet WHERE run_id = ? GROUP BY file_id HAVING COUNT(*) > 1) "
				+ "ORDER BY s.file_id, s.sheet_no", rs -> {
					byFile.computeIfAbsent(rs.getString("path"), p -> new java.util.ArrayList<>())
						.add(new SheetOutcome(rs.getInt("sheet_no"), rs.getString("name"), rs.getString("status").equals("read"),
								rs.getString("reason"), rs.getLong("rows_read")).describe());
				}, run.id(), run.id());
		if (!byFile.isEmpty()) {
			out.println("Workbooks with several sheets (every visible form sheet is read):");
			byFile.forEach((path, sheets) -> out.println("  " + Quoted.visible(path + ": " + String.join("; ", sheets))));
		}
	}

	private void summary(Run run) {
		Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
		jdbc.query("SELECT status, COUNT(*) FROM result WHERE run_id = ? GROUP BY status",
				rs -> {
					byStatus.put(Status.ofCode(rs.getString(1)), rs.getInt(2));
				}, run.id());
		int results = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		out.printf("Results: %d (%s)%n", results, byStatus.entrySet()
			.stream()
			.map(e -> e.getKey().code() + " " + e.getValue())
			.collect(Collectors.joining(", ")));

		RunContext context = contexts.of(run.id());
		List<ReportingStatus> statuses = context.statuses();
		Completeness.Rates rates = Completeness.rates(statuses);
		out.printf("Reporting: %d of %d expected agencies reported (%s), %d on time (%s)%s%s%n", rates.onTime() + rates.late(),
				rates.expected(), percent(rates.reportingRate()), rates.onTime(), percent(rates.onTimeRate()),
				agencies(statuses, "late"), agencies(statuses, "missing"));

		List<Task> overdue = context.reference()
			.tasks()
			.stream()
			.filter(t -> TaskStatus.of(t, context.asOf()) == TaskStatus.OVERDUE)
			.toList();
		out.printf("Overdue tasks: %d%s%n", overdue.size(), overdue.isEmpty() ? ""
				: " (" + overdue.stream().map(t -> t.id() + " " + t.leadAgency()).collect(Collectors.joining(", ")) + ")");

		Map<String, Integer> findings = new java.util.LinkedHashMap<>();
		jdbc.query("SELECT kind, COUNT(*) FROM quality_finding WHERE run_id = ? GROUP BY kind ORDER BY MIN(position)",
				rs -> {
					findings.put(rs.getString(1), rs.getInt(2));
				}, run.id());
		out.printf("Quality findings: %d%s%n", findings.values().stream().mapToInt(Integer::intValue).sum(),
				findings.isEmpty() ? "" : " (" + findings.entrySet()
					.stream()
					.map(e -> e.getKey() + " " + e.getValue())
					.collect(Collectors.joining(", ")) + ")");
		String missing = MissingVietnamese.sentence(context.reference());
		if (run.lang() == Language.VI && !missing.isEmpty()) {
			out.println(missing);
		}
	}

	/** Every step execution of the run (restarts included), from the job repository: status, time, items. */
	private void steps(Run run) {
		out.printf("%-36s %-10s %9s %9s %9s%n", "step", "status", "seconds", "read", "written");
		JobInstance instance = jobs.getJobInstance(job.getName(), RunLauncher.parameters(run.id()));
		if (instance == null) {
			return;
		}
		jobs.getJobExecutions(instance)
			.stream()
			.flatMap(execution -> execution.getStepExecutions().stream())
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach(step -> {
				String seconds = step.getStartTime() == null || step.getEndTime() == null ? "-"
						: String.format("%.1f", Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0);
				// the ingestion's items are rows and one marker per file: rows are what it reports
				long[] rows = step.getStepName().equals("ingest") ? RowWriter.rows(step)
						: new long[] { step.getReadCount(), step.getWriteCount() };
				long read = rows[0];
				long written = rows[1];
				out.printf("%-36s %-10s %9s %9s %9s%n", step.getStepName(), step.getStatus(), seconds,
						read == 0 ? "" : String.format("%,d", read), written == 0 ? "" : String.format("%,d", written));
			});
	}

	private static String agencies(List<ReportingStatus> statuses, String status) {
		List<String> codes = statuses.stream().filter(s -> s.status().equals(status)).map(ReportingStatus::agency).toList();
		return codes.isEmpty() ? "" : "; " + status + ": " + String.join(", ", codes);
	}

	private static String percent(BigDecimal fraction) {
		return fraction == null ? "-" : String.format("%.1f %%", fraction.movePointRight(2));
	}

}
