package org.scorecard.run;

import java.nio.file.Path;
import java.time.YearMonth;

import org.scorecard.submission.Cutoff;

/** What the user asked for: the period, the three folders, the settings that change results, and --rerun. */
public record RunRequest(YearMonth period, Path referenceDir, Path inboxDir, Path outDir, Cutoff cutoff,
		int deadlineDays, boolean rerun) {

	/** The folder this period's reports go to. */
	public Path periodDir() {
		return outDir.resolve(period.toString());
	}

}
