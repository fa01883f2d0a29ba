package org.scorecard.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Language;

/**
 * One run as recorded in the database, typed as it is read (the only place a run's stored strings are
 * parsed): its period, cut-off, language and folders.
 */
public record Run(long id, ReportingPeriod period, String fingerprint, int edition, RunStatus status, Instant createdAt,
		Instant endedAt, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
		Long rowsRead, Long rowsAccepted, Long rowsRejected, String message, Language lang, Path templatesDir,
		Language second) {

	/** The languages of the run's editions, its own first ({@code lang} stored as {@code vi,en}). */
	public List<Language> langs() {
		return second == null ? List.of(lang) : List.of(lang, second);
	}

	/**
	 * The name of one edition's output: {@code scorecard-2026-10.pdf} when the run has one language,
	 * {@code scorecard-2026-10.vi.pdf} and {@code scorecard-2026-10.en.pdf} when it has two.
	 */
	public String fileName(String stem, Language edition, String extension) {
		return stem + (second == null ? "" : "." + edition.code()) + "." + extension;
	}

	/** Where this period's edition is written: {@code OUT/2026-10}. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
