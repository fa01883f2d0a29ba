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

	public RunOutputs(JdbcTemplate jdbc, RunRepository runs, Clock clock, Completeness completeness,
			ReferenceRepository references, WorkbookWriter workbook) {
		this.runs = runs;
		this.clock = clock;
		this.workbook = workbook;
		this.rejects = new RejectsCsv(jdbc);
		this.summary = new SummaryJson(jdbc, completeness, references);
	}

	public void write(long runId) throws IOException {
		Run run = runs.find(runId).orElseThrow();
		Path dir = Path.of(run.outDir()).resolve(run.period());
		Instant generatedAt = clock.instant();
		rejects.write(runId, dir.resolve("rejects.csv"));
		workbook.write(run, generatedAt, dir.resolve("scorecard-" + run.period() + ".xlsx"));
		summary.write(run, generatedAt, dir.resolve("summary.json"));
	}

}
