package org.scorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.scorecard.files.AtomicFile;
import org.scorecard.reference.MissingVietnamese;
import org.scorecard.text.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.text.Texts;
import org.scorecard.run.RunContext;

/** Writes the consolidated report and agency scorecards of a run, each under its real name only when whole. */
@Component
public class ReportWriter {

	private static final Log log = LogFactory.getLog(ReportWriter.class);

	private final JdbcTemplate jdbc;

	private final ReportSettings settings;

	private final Clock clock;

	private final String version;

	public ReportWriter(JdbcTemplate jdbc, ReportSettings settings, Clock clock, ObjectProvider<BuildProperties> build) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
	}

	/** The report data of the run being written: the consolidated report and every partition share it. */
	private record Cached(RunContext context, ReportData data) {
	}

	private Cached cached;

	/**
	 * The run's report data, read once per job execution: it is the same for the report and for every
	 * scorecard partition (reading it per partition made the partitions repeat whole-table scans, so
	 * more threads did not go faster). Only the latest is kept.
	 */
	private synchronized ReportData data(RunContext context) {
		if (cached == null || cached.context() != context) {
			cached = new Cached(context, new ReportData(jdbc, context));
		}
		return cached.data();
	}

	private static Texts texts(RunContext context) {
		return Texts.load(context.templatesDir(), context.lang());
	}

	/** {@code OUT/PERIOD/scorecard-PERIOD.pdf}. */
	public void writeReport(RunContext context) throws IOException {
		fonts(context);
		String missing = MissingVietnamese.sentence(context.reference());
		if (context.lang() == Language.VI && !missing.isEmpty()) {
			// once per run: the report is written once, the scorecards in many partitions
			log.warn(missing);
		}
		ConsolidatedReport report = new ConsolidatedReport(data(context), texts(context), settings, version);
		Instant now = clock.instant();
		AtomicFile.write(context.periodDir().resolve("scorecard-" + context.period() + ".pdf"), out -> report.write(out, now));
	}

	/** The agencies whose scorecards the run writes: those expected to report. */
	public List<String> scorecardAgencies(RunContext context) {
		return context.reference().agencies().values().stream().filter(a -> a.reports()).map(a -> a.code()).sorted().toList();
	}

	/** {@code OUT/PERIOD/agencies/CODE-PERIOD.pdf} for each of the given agencies. */
	public void writeScorecards(RunContext context, List<String> agencies) throws IOException {
		fonts(context);
		AgencyScorecard scorecard = new AgencyScorecard(data(context), texts(context), settings, version);
		Instant now = clock.instant();
		Path dir = context.periodDir().resolve("agencies");
		for (String agency : agencies) {
			Path file = dir.resolve(agency + "-" + context.period() + ".pdf").normalize();
			// agency codes are [A-Z0-9_-] (reference check); this keeps any other code from leaving the folder
			if (!file.getParent().equals(dir.normalize())) {
				throw new IllegalStateException("The agency code '" + agency + "' cannot name a file in " + dir);
			}
			AtomicFile.write(file, out -> scorecard.write(agency, out, now));
		}
	}

	/** The charts' fonts live in {@code OUT/.fonts}, not in the system's temp folder. */
	private static void fonts(RunContext context) {
		Pdf.registerWithAwt(context.outDir().resolve(".fonts"));
	}

}
