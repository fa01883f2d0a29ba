package org.scorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.scorecard.completeness.Completeness;
import org.scorecard.files.AtomicFile;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.text.Texts;

/** Writes the consolidated report and agency scorecards of a run, each under its real name only when whole. */
@Component
public class ReportWriter {

	private final JdbcTemplate jdbc;

	private final RunRepository runs;

	private final ReferenceRepository references;

	private final Completeness completeness;

	private final ReportSettings settings;

	private final Clock clock;

	private final String version;

	public ReportWriter(JdbcTemplate jdbc, RunRepository runs, ReferenceRepository references, Completeness completeness,
			ReportSettings settings, Clock clock, ObjectProvider<BuildProperties> build) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.references = references;
		this.completeness = completeness;
		this.settings = settings;
		this.clock = clock;
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
	}

	/** The last run's report data: the consolidated report and every partition of scorecards share it. */
	private record Cached(long runId, ReportData data) {
	}

	private Cached cached;

	/**
	 * The run's report data, read once per run and process: it is the same for the report and for
	 * every scorecard partition (reading it per partition made the partitions repeat whole-table scans,
	 * so more threads did not go faster). Only the latest run is kept.
	 */
	private synchronized ReportData data(Run run) {
		if (cached == null || cached.runId() != run.id()) {
			cached = new Cached(run.id(), new ReportData(jdbc, run, references, completeness));
		}
		return cached.data();
	}

	private static Texts texts(Run run) {
		return Texts.load(Path.of(run.templatesDir()), run.lang());
	}

	/** {@code OUT/PERIOD/scorecard-PERIOD.pdf}. */
	public void writeReport(long runId) throws IOException {
		Run run = runs.find(runId).orElseThrow();
		fonts(run);
		ConsolidatedReport report = new ConsolidatedReport(data(run), texts(run), settings, version);
		Instant now = clock.instant();
		AtomicFile.write(periodDir(run).resolve("scorecard-" + run.period() + ".pdf"), out -> report.write(out, now));
	}

	/** The agencies whose scorecards the run writes: those expected to report. */
	public List<String> scorecardAgencies(long runId) {
		return jdbc.queryForList("SELECT code FROM agency WHERE run_id = ? AND reports ORDER BY code", String.class, runId);
	}

	/** {@code OUT/PERIOD/agencies/CODE-PERIOD.pdf} for each of the given agencies. */
	public void writeScorecards(long runId, List<String> agencies) throws IOException {
		Run run = runs.find(runId).orElseThrow();
		fonts(run);
		AgencyScorecard scorecard = new AgencyScorecard(data(run), texts(run), settings, version);
		Instant now = clock.instant();
		Path dir = periodDir(run).resolve("agencies");
		for (String agency : agencies) {
			Path file = dir.resolve(agency + "-" + run.period() + ".pdf").normalize();
			// agency codes are [A-Z0-9_-] (reference check); this keeps any other code from leaving the folder
			if (!file.getParent().equals(dir.normalize())) {
				throw new IllegalStateException("The agency code '" + agency + "' cannot name a file in " + dir);
			}
			AtomicFile.write(file, out -> scorecard.write(agency, out, now));
		}
	}

	/** The charts' fonts live in {@code OUT/.fonts}, not in the system's temp folder. */
	private static void fonts(Run run) {
		Pdf.registerWithAwt(Path.of(run.outDir()).resolve(".fonts"));
	}

	private static Path periodDir(Run run) {
		return Path.of(run.outDir()).resolve(run.period());
	}

}
