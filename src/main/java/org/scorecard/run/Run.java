package org.scorecard.run;

import java.time.Instant;

/** One run as recorded in the database. */
public record Run(long id, String period, String fingerprint, int edition, RunStatus status, Instant createdAt,
		Instant endedAt, String referenceDir, String inboxDir, String outDir, String cutoff, int deadlineDays,
		Long rowsRead, Long rowsAccepted, Long rowsRejected, String message, String lang, String templatesDir) {
}
