package org.scorecard.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

import org.scorecard.completeness.Completeness;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes the run's files into {@code out/PERIOD/}. */
@Component
public class RunOutputs {

	private final RunRepository runs;

	private final RejectsCsv rejects;

	private final SummaryJson summary;

	public RunOutputs(JdbcTemplate jdbc, RunRepository runs, Clock clock, Completeness completeness,
			ReferenceRepository references) {
		this.runs = runs;
		this.rejects = new RejectsCsv(jdbc);
		this.summary = new SummaryJson(jdbc, clock, completeness, references);
	}

	public void write(long runId) throws IOException {
		Run run = runs.find(runId).orElseThrow();
		Path dir = Path.of(run.outDir()).resolve(run.period());
		rejects.write(runId, dir.resolve("rejects.csv"));
		summary.write(run, dir.resolve("summary.json"));
	}

}
