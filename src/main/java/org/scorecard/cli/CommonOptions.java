package org.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import org.scorecard.submission.Periods;

/** Checks shared by the sub-commands, each failing with a one-sentence {@link UsageException}. */
final class CommonOptions {

	private CommonOptions() {
	}

	static YearMonth period(String text) {
		return Periods.parse(text)
			.orElseThrow(() -> new UsageException(
					"The period '" + text + "' must be written YYYY-MM with a month from 01 to 12, e.g. 2026-10."));
	}

	static Path existingFolder(Path folder, String what) {
		if (!Files.isDirectory(folder)) {
			throw new UsageException("The " + what + " folder '" + folder + "' does not exist.");
		}
		return folder;
	}

}
