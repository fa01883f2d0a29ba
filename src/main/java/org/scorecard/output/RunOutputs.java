package org.scorecard.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.scorecard.run.Run;
import org.scorecard.run.RunLogs;
import org.scorecard.workbook.WorkbookWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.run.RunContext;

/** Writes the run's files into {@code out/PERIOD/}. */
@Component
public class RunOutputs {

	private final RejectsCsv rejects;

	private final SummaryJson summary;

	private final WorkbookWriter workbook;

	private final Clock clock;

	private final Editions editions;

	private final RunLogs logs;

	public RunOutputs(JdbcTemplate jdbc, Clock clock, WorkbookWriter workbook, Editions editions, RunLogs logs) {
		this.logs = logs;
		this.editions = editions;
		this.clock = clock;
		this.workbook = workbook;
		this.rejects = new RejectsCsv(jdbc);
		this.summary = new SummaryJson(jdbc);
	}

	private long took(String file, long start) {
		long now = System.nanoTime();
		logs.progress("run.progress.wrote", "file", file, "seconds", logs.number((now - start) / 1e9, 1));
		return now;
	}

	/** SHA256SUMS, the last file of an edition. */
	public void writeChecksums(RunContext context) throws IOException {
		editions.writeChecksums(context.run());
	}

	/** The period's folder becomes this run's (the previous edition moves to history), then its data files. */
	public void write(RunContext context) throws IOException {
		Run run = context.run();
		editions.claim(run);
		Path dir = run.periodDir();
		Instant generatedAt = clock.instant();
		long start = System.nanoTime();
		rejects.write(run.id(), dir.resolve("rejects.csv"));
		start = took("rejects.csv", start);
		for (RunContext edition : context.editions()) {
			String name = edition.fileName("scorecard-" + run.period(), "xlsx");
			workbook.write(edition, generatedAt, dir.resolve(name));
			start = took(name, start);
		}
		summary.write(context, generatedAt, dir.resolve("summary.json"));
		took("summary.json", start);
	}

}
