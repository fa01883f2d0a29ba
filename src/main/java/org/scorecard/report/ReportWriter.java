package org.scorecard.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

	/**
	 * The report data of the run being written, per edition: the consolidated report and every partition
	 * share it.
	 */
	private record Cached(RunContext context, Map<Language, ReportData> data) {
	}

	private Cached cached;

	/**
	 * An edition's report data, read once per job execution: it is the same for the report and for every
	 * scorecard partition (reading it per partition made the partitions repeat whole-table scans, so
	 * more threads did not go faster). Only the latest run's is kept.
	 */
	private synchronized ReportData data(RunContext run, RunContext edition) {
		if (cached == null || cached.context() != run) {
			cached = new Cached(run, new EnumMap<>(Language.class));
		}
		return cached.data().computeIfAbsent(edition.lang(), lang -> new ReportData(jdbc, edition));
	}

	private static Texts texts(RunContext context) {
		return Texts.load(context.templatesDir(), context.lang());
	}

	/** {@code OUT/PERIOD/scorecard-PERIOD.pdf}, or one per language ({@code scorecard-PERIOD.vi.pdf}). */
	public void writeReport(RunContext context) throws IOException {
		fonts(context);
		String missing = MissingVietnamese.sentence(context.reference());
		if (context.run().langs().contains(Language.VI) && !missing.isEmpty()) {
			// once per run: the report is written once, the scorecards in many partitions
			log.warn(missing);
		}
		Instant now = clock.instant();
		for (RunContext edition : context.editions()) {
			ConsolidatedReport report = new ConsolidatedReport(data(context, edition), texts(edition), settings, version);
			AtomicFile.write(context.periodDir().resolve(edition.fileName("scorecard-" + context.period(), "pdf")),
					out -> report.write(out, now));
		}
	}

	/** The agencies whose scorecards the run writes: those expected to report. */
	public List<String> scorecardAgencies(RunContext context) {
		return context.reference().agencies().values().stream().filter(a -> a.reports()).map(a -> a.code()).sorted().toList();
	}

	/**
	 * {@code OUT/PERIOD/agencies/CODE-PERIOD.pdf} for each of the given agencies, or one per language
	 * ({@code CODE-PERIOD.vi.pdf}).
	 */
	public void writeScorecards(RunContext context, List<String> agencies) throws IOException {
		fonts(context);
		Instant now = clock.instant();
		Path dir = context.periodDir().resolve("agencies");
		for (RunContext edition : context.editions()) {
			AgencyScorecard scorecard = new AgencyScorecard(data(context, edition), texts(edition), settings, version);
			for (String agency : agencies) {
				Path file = dir.resolve(edition.fileName(agency + "-" + context.period(), "pdf")).normalize();
				// agency codes are [A-Z0-9_-] (reference check); this keeps any other code from leaving the folder
				if (!file.getParent().equals(dir.normalize())) {
					throw new IllegalStateException("The agency code '" + agency + "' cannot name a file in " + dir);
				}
				AtomicFile.write(file, out -> scorecard.write(agency, out, now));
			}
		}
	}

	/** The charts' fonts live in {@code OUT/.fonts}, not in the system's temp folder. */
	private static void fonts(RunContext context) {
		Pdf.registerWithAwt(context.outDir().resolve(".fonts"));
	}

}
