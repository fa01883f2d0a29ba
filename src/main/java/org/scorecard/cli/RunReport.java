package org.scorecard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.scorecard.run.Run;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.submission.SheetOutcome;
import org.scorecard.text.Messages;
import org.scorecard.text.Quoted;
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

	/** Step id, status, seconds, read, written, then what the step does in the run's language. */
	private static final String STEP_LINE = "%-36s %-10s %9s %9s %9s  %s%n";

	private final JdbcTemplate jdbc;

	private final RunContexts contexts;

	private final JobRepository jobs;

	private final Job job;

	private final PrintWriter out;

	private Messages messages;

	RunReport(ApplicationContext context, PrintWriter out) {
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.contexts = context.getBean(RunContexts.class);
		this.jobs = context.getBean(JobRepository.class);
		this.job = context.getBean(Job.class);
		this.out = out;
	}

	/** Prints in the run's language, from the texts of its templates folder. */
	void print(RunOutcome outcome, RunRequest request) {
		Run run = outcome.run();
		messages = Messages.load(request.templatesDir(), request.lang());
		String name = messages.format("run.name", "id", run.id(), "period", run.period(), "edition", run.edition());
		PeriodSummary summary = new PeriodSummary(jdbc, contexts, messages, out);
		if (outcome.reused()) {
			out.println(messages.format("run.reused", "name", name));
			summary.print(run);
			out.println(messages.format("run.reports.dir", "dir", request.periodDir()));
			return;
		}
		if (!outcome.completed()) {
			steps(run);
			out.println(messages.format("run.failed", "name", name, "failure", outcome.failure()));
			out.println(messages.format("run.failed.details", "file", org.scorecard.run.RunLogs.file(run)));
			out.println(messages.format("run.failed.again"));
			return;
		}
		files(run);
		summary.print(run);
		steps(run);
		out.println(messages.format(outcome.restarted() ? "run.restarted" : "run.completed", "name", name));
		String stem = "scorecard-" + run.period();
		List<String> files = new ArrayList<>();
		run.langs().forEach(lang -> files.add(run.fileName(stem, lang, "pdf")));
		files.add("agencies/");
		run.langs().forEach(lang -> files.add(run.fileName(stem, lang, "xlsx")));
		files.addAll(List.of("summary.json", "rejects.csv"));
		out.println(messages.format("run.reports", "dir", request.periodDir(), "files", String.join(", ", files)));
	}

	/** A count as the language groups digits (1,234 or 1.234). */
	private String count(long n) {
		return messages.texts().number(BigDecimal.valueOf(n), 0);
	}

	private void files(Run run) {
		Integer files = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status <> 'skipped'",
				Integer.class, run.id());
		List<String> skipped = jdbc.query(
				"SELECT path, message FROM input_file WHERE run_id = ? AND status = 'skipped' ORDER BY file_id",
				(rs, n) -> Quoted.visible(rs.getString(1)) + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"),
				run.id());
		out.println(skipped.isEmpty() ? messages.format("run.files", "read", count(files))
				: messages.format("run.files.skipped", "read", count(files), "skipped", count(skipped.size()), "files",
						String.join(", ", skipped)));
		out.println(messages.format("run.rows", "read", count(run.rowsRead()), "accepted", count(run.rowsAccepted()),
				"rejected", count(run.rowsRejected())));
		sheets(run);
		StringBuilder problems = new StringBuilder();
		jdbc.query("SELECT path, status, rows_read, rows_accepted, rows_rejected, message FROM input_file "
				+ "WHERE run_id = ? AND (status = 'unreadable' OR rows_rejected > 0) ORDER BY file_id", rs -> {
					problems.append(String.format(FILE_LINE, Quoted.visible(rs.getString("path")), count(rs.getLong("rows_read")),
							count(rs.getLong("rows_accepted")), count(rs.getLong("rows_rejected")),
							rs.getString("status").equals("unreadable") ? "UNREADABLE_FILE: " + rs.getString("message") : ""));
				}, run.id());
		if (!problems.isEmpty()) {
			out.println(messages.format("run.rejected.title"));
			out.printf(FILE_LINE, messages.format("run.col.file"), messages.format("run.col.read"),
					messages.format("run.col.accepted"), messages.format("run.col.rejected"), "");
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
								rs.getString("reason"), rs.getLong("rows_read")).describe(messages));
				}, run.id(), run.id());
		if (!byFile.isEmpty()) {
			out.println(messages.format("run.sheets.title"));
			byFile.forEach((path, sheets) -> out.println("  " + Quoted.visible(path + ": " + String.join("; ", sheets))));
		}
	}

	/**
	 * What a step does, in the run's language ({@code run.step.ID}); a partition of a step
	 * ({@code agencyScorecard:partition3}) is the step's; a step without a text, nothing.
	 */
	private String stepWords(String step) {
		String id = step.contains(":") ? step.substring(0, step.indexOf(':')) : step;
		try {
			return messages.format("run.step." + id);
		}
		catch (IllegalStateException ex) {
			return "";
		}
	}

	/** The step's status in the run's language ({@code run.step.status.*}), the batch's own word if none. */
	private String stepStatus(StepExecution step) {
		try {
			return messages.format("run.step.status." + step.getStatus().name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (IllegalStateException ex) {
			return step.getStatus().name();
		}
	}

	/** Every step execution of the run (restarts included), from the job repository: status, time, items. */
	private void steps(Run run) {
		out.printf(STEP_LINE, messages.format("run.col.step"), messages.format("run.col.status"),
				messages.format("run.col.seconds"), messages.format("run.col.read"), messages.format("run.col.written"),
				messages.format("run.col.does"));
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
						: messages.texts()
							.number(BigDecimal.valueOf(Duration.between(step.getStartTime(), step.getEndTime()).toMillis(), 3), 1);
				// the ingestion's items are rows and one marker per file: rows are what it reports
				long[] rows = step.getStepName().equals("ingest") ? RowWriter.rows(step)
						: new long[] { step.getReadCount(), step.getWriteCount() };
				long read = rows[0];
				long written = rows[1];
				out.printf(STEP_LINE, step.getStepName(), stepStatus(step), seconds, read == 0 ? "" : count(read),
						written == 0 ? "" : count(written), stepWords(step.getStepName()));
			});
	}

}
