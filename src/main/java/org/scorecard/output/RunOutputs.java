package org.scorecard.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.scorecard.completeness.Completeness;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.scorecard.workbook.WorkbookWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the run's files into {@code out/PERIOD/}. */
@Component
public class RunOutputs {

	private final RunRepository runs;

	private final RejectsCsv rejects;

	private final SummaryJson summary;

	private final WorkbookWriter workbook;

	private final Clock clock;

	private final Editions editions;

	public RunOutputs(JdbcTemplate jdbc, RunRepository runs, Clock clock, Completeness completeness,
			ReferenceRepository references, WorkbookWriter workbook, Editions editions) {
		this.runs = runs;
		this.editions = editions;
		this.clock = clock;
		this.workbook = workbook;
		this.rejects = new RejectsCsv(jdbc);
		this.summary = new SummaryJson(jdbc, completeness, references);
	}

	/** SHA256SUMS, the last file of an edition. */
	public void writeChecksums(long runId) throws IOException {
		editions.writeChecksums(runs.find(runId).orElseThrow());
	}

	/** The period's folder becomes this run's (the previous edition moves to history), then its data files. */
	public void write(long runId) throws IOException {
		Run run = runs.find(runId).orElseThrow();
		editions.claim(run);
		Path dir = Editions.periodDir(run);
		Instant generatedAt = clock.instant();
		rejects.write(runId, dir.resolve("rejects.csv"));
		workbook.write(run, generatedAt, dir.resolve("scorecard-" + run.period() + ".xlsx"));
		summary.write(run, generatedAt, dir.resolve("summary.json"));
	}

}
