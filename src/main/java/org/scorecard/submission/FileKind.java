package org.scorecard.submission;

import java.util.Locale;

/** What the inbox holds: CSV and XLSX submissions, and everything else, which is listed as skipped. */
public enum FileKind {

	CSV, XLSX, SKIPPED;

	public static FileKind of(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".csv")) {
			return CSV;
		}
		return lower.endsWith(".xlsx") ? XLSX : SKIPPED;
	}

}
