package org.scorecard.run;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;

/**
 * What the user asked for, typed: the period, the three folders, the settings that change results,
 * --rerun, and the languages and texts of the reports: {@code lang} is the run's own language (its
 * stored messages, rejects.csv, console), {@code second} the language of a second edition of every
 * report ({@code --lang vi,en}), or null; {@code cold}: read and check every file again rather than copy
 * the rows of files an earlier run read under the same checks ({@code --cold}, always a new edition).
 */
public record RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff,
		int deadlineDays, boolean rerun, Language lang, Path templatesDir, Language second, boolean cold) {

	public RunRequest {
		if (second == lang) {
			second = null;
		}
		rerun = rerun || cold;
	}

	/** Files already read under the same checks are not read again. */
	public RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff,
			int deadlineDays, boolean rerun, Language lang, Path templatesDir, Language second) {
		this(period, referenceDir, inboxDir, outDir, cutoff, deadlineDays, rerun, lang, templatesDir, second, false);
	}

	/** One edition, in {@code lang}. */
	public RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
			boolean rerun, Language lang, Path templatesDir) {
		this(period, referenceDir, inboxDir, outDir, cutoff, deadlineDays, rerun, lang, templatesDir, null);
	}

	/** The default folder of the report texts. */
	public static final Path TEMPLATES = Path.of("templates");

	/** English reports with the texts of {@code templates/}. */
	public RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
			boolean rerun) {
		this(period, referenceDir, inboxDir, outDir, cutoff, deadlineDays, rerun, Language.EN, TEMPLATES);
	}

	/** The languages of the editions, the run's own first. */
	public List<Language> langs() {
		return second == null ? List.of(lang) : List.of(lang, second);
	}

	/** The folder this period's reports go to. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
