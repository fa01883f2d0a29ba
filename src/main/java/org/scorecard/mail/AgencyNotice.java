package org.scorecard.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.completeness.ReportingStatus;
import org.scorecard.ingest.Senders;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.reference.Task;
import org.scorecard.run.RunContext;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Texts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What concerns one agency in a run, for the body of its message: its timeliness (on time, late or
 * missing), the rejected rows of what it sent, its files that could not be read, the data-quality
 * findings on its figures and the overdue tasks it leads. The body says each of these that applies
 * and nothing else.
 */
record AgencyNotice(ReportingStatus timeliness, int rejectedRows, List<String> unreadableFiles, int findings,
		List<String> overdueTasks) {

	static Map<String, AgencyNotice> of(RunContext context, JdbcTemplate jdbc) {
		long runId = context.runId();
		Map<String, Integer> findings = new HashMap<>();
		jdbc.query("SELECT agency, COUNT(*) FROM quality_finding WHERE run_id = ? GROUP BY agency",
				rs -> {
					findings.put(rs.getString(1), rs.getInt(2));
				}, runId);
		Map<String, AgencyNotice> notices = new HashMap<>();
		for (ReportingStatus status : context.statuses()) {
			String agency = status.agency();
			int rows = 0;
			List<String> unreadable = new ArrayList<>();
			for (Senders.Rejection rejection : Senders.rejections(jdbc, runId, agency)) {
				if (rejection.line() == null) {
					unreadable.add(rejection.file());
				}
				else {
					rows++;
				}
			}
			List<String> overdue = new ArrayList<>();
			for (Task task : context.reference().tasks()) {
				if (agency.equals(task.leadAgency()) && TaskStatus.of(task, context.asOf()) == TaskStatus.OVERDUE) {
					overdue.add(task.id());
				}
			}
			notices.put(agency, new AgencyNotice(status, rows, unreadable, findings.getOrDefault(agency, 0), overdue));
		}
		return notices;
	}

	/** The paragraphs of the message that concern the agency, in the texts' language. */
	String news(Texts texts, String period, LocalDate deadline) {
		List<String> lines = new ArrayList<>();
		Map<String, Object> values = new HashMap<>();
		values.put("period", period);
		values.put("deadline", texts.date(deadline));
		values.put("first", timeliness.firstSubmittedAt() == null ? "" : texts.date(day(timeliness.firstSubmittedAt())));
		lines.add(texts.format("mail.agency." + timeliness.status(), values));
		if (rejectedRows > 0) {
			lines.add(counted(texts, "mail.agency.rejected", rejectedRows, Map.of()));
		}
		if (!unreadableFiles.isEmpty()) {
			lines.add(counted(texts, "mail.agency.unreadable", unreadableFiles.size(),
					Map.of("files", String.join(", ", unreadableFiles))));
		}
		if (findings > 0) {
			lines.add(counted(texts, "mail.agency.findings", findings, Map.of()));
		}
		if (!overdueTasks.isEmpty()) {
			lines.add(counted(texts, "mail.agency.overdue", overdueTasks.size(),
					Map.of("tasks", String.join(", ", overdueTasks))));
		}
		if (lines.size() == 1 && timeliness.status().equals("on_time")) {
			lines.add(texts.get("mail.agency.nothing"));
		}
		return String.join("\n\n", lines);
	}

	private static String counted(Texts texts, String key, int count, Map<String, Object> more) {
		Map<String, Object> values = new HashMap<>(more);
		values.put("count", count);
		return texts.format(key + (count == 1 ? ".one" : ".many"), values);
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, ReportingPeriod.ZONE);
	}

}
