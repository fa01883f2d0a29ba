package org.scorecard.run;

import java.nio.file.Path;
import java.time.YearMonth;

import org.scorecard.period.Cutoff;

/**
 * What the user asked for: the period, the three folders, the settings that change results, --rerun,
 * and the language and texts of the reports.
 */
public record RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff,
		int deadlineDays, boolean rerun, String lang, Path templatesDir) {

	/** The default folder of the report texts. */
	public static final Path TEMPLATES = Path.of("templates");

	/** English reports with the texts of {@code templates/}. */
	public RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff, int deadlineDays,
			boolean rerun) {
		this(period, referenceDir, inboxDir, outDir, cutoff, deadlineDays, rerun, "en", TEMPLATES);
	}

	/** The folder this period's reports go to. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
