package org.scorecard.run;

import java.nio.file.Path;
import java.time.Instant;

import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Language;

/**
 * One run as recorded in the database, typed as it is read (the only place a run's stored strings are
 * parsed): its period, cut-off, language and folders.
 */
public record Run(long id, ReportingPeriod period, String fingerprint, int edition, RunStatus status, Instant createdAt,
		Instant endedAt, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
		Long rowsRead, Long rowsAccepted, Long rowsRejected, String message, Language lang, Path templatesDir) {

	/** Where this period's edition is written: {@code OUT/2026-10}. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
