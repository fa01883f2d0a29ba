package org.scorecard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.scorecard.aggregation.Status;
import org.scorecard.completeness.Completeness;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.Task;
import org.scorecard.run.Run;
import org.scorecard.run.RunContext;
import org.scorecard.run.RunContexts;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Messages;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The period in a few console lines, in the run's language: results by status, who reported, overdue
 * tasks, data-quality findings by kind (codes and agency codes stay as they are).
 */
final class PeriodSummary {

	private final JdbcTemplate jdbc;

	private final RunContexts contexts;

	private final Messages messages;

	private final PrintWriter out;

	PeriodSummary(JdbcTemplate jdbc, RunContexts contexts, Messages messages, PrintWriter out) {
		this.jdbc = jdbc;
		this.contexts = contexts;
		this.messages = messages;
		this.out = out;
	}

	void print(Run run) {
		Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
		jdbc.query("SELECT status, COUNT(*) FROM result WHERE run_id = ? GROUP BY status",
				rs -> {
					byStatus.put(Status.ofCode(rs.getString(1)), rs.getInt(2));
				}, run.id());
		int results = byStatus.values().stream().mapToInt(Integer::intValue).sum();
		out.println(messages.format("run.results", "count", count(results), "statuses", byStatus.entrySet()
			.stream()
			.map(e -> messages.texts().status(e.getKey().code()) + " " + count(e.getValue()))
			.collect(Collectors.joining(", "))));

		RunContext context = contexts.of(run.id());
		List<ReportingStatus> statuses = context.statuses();
		Completeness.Rates rates = Completeness.rates(statuses);
		out.println(messages.format("run.reporting", "reported", count(rates.onTime() + rates.late()), "expected",
				count(rates.expected()), "rate", percent(rates.reportingRate()), "on_time", count(rates.onTime()),
				"on_time_rate", percent(rates.onTimeRate())) + agencies(statuses, "late") + agencies(statuses, "missing"));

		List<Task> overdue = context.reference()
			.tasks()
			.stream()
			.filter(t -> TaskStatus.of(t, context.asOf()) == TaskStatus.OVERDUE)
			.toList();
		out.println(messages.format("run.overdue", "count", count(overdue.size())) + (overdue.isEmpty() ? ""
				: " (" + overdue.stream().map(t -> t.id() + " " + t.leadAgency()).collect(Collectors.joining(", ")) + ")"));

		Map<String, Integer> findings = new LinkedHashMap<>();
		jdbc.query("SELECT kind, COUNT(*) FROM quality_finding WHERE run_id = ? GROUP BY kind ORDER BY MIN(position)",
				rs -> {
					findings.put(rs.getString(1), rs.getInt(2));
				}, run.id());
		out.println(messages.format("run.findings", "count",
				count(findings.values().stream().mapToInt(Integer::intValue).sum()))
				+ (findings.isEmpty() ? "" : " (" + findings.entrySet()
					.stream()
					.map(e -> messages.format("run.finding." + e.getKey()) + " " + count(e.getValue()))
					.collect(Collectors.joining(", ")) + ")"));
		// said once: where the vi edition prints a reference text in English for want of a translation
		List<String> missing = org.scorecard.reference.MissingVietnamese.of(context.reference());
		if (run.langs().contains(org.scorecard.text.Language.VI) && !missing.isEmpty()) {
			out.println(messages.format("run.missing_vi", "texts", String.join(", ", missing)));
		}
	}

	private String agencies(List<ReportingStatus> statuses, String status) {
		List<String> codes = statuses.stream().filter(s -> s.status().equals(status)).map(ReportingStatus::agency).toList();
		return codes.isEmpty() ? "" : "; " + messages.texts().status(status) + ": " + String.join(", ", codes);
	}

	private String count(long n) {
		return messages.texts().number(BigDecimal.valueOf(n), 0);
	}

	private String percent(BigDecimal fraction) {
		return fraction == null ? "-" : messages.texts().fraction(fraction);
	}

}
