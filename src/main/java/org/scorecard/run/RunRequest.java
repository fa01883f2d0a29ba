package org.scorecard.run;

import java.nio.file.Path;
import java.time.YearMonth;

import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;

/**
 * What the user asked for, typed: the period, the three folders, the settings that change results,
 * --rerun, and the language and texts of the reports.
 */
public record RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff,
		int deadlineDays, boolean rerun, Language lang, Path templatesDir) {

	/** The default folder of the report texts. */
	public static final Path TEMPLATES = Path.of("templates");

	/** English reports with the texts of {@code templates/}. */
	public RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
			boolean rerun) {
		this(period, referenceDir, inboxDir, outDir, cutoff, deadlineDays, rerun, Language.EN, TEMPLATES);
	}

	/** The folder this period's reports go to. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
