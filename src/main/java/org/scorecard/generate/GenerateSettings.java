package org.scorecard.generate;

import java.nio.file.Path;
import java.time.YearMonth;

/**
 * What to generate: {@code agencies} agencies (at least 4), {@code indicators} indicators (1 to 200; two
 * of them derived from 6 on), {@code months} months (1 to 240) ending at {@code endPeriod}, into
 * {@code out}; a share of the files as XLSX forms and a share of the rows faulty.
 */
public record GenerateSettings(int agencies, int indicators, int months, Path out, long seed, double xlsxShare,
		double faultShare, YearMonth endPeriod) {

	public GenerateSettings {
		if (agencies < 4 || agencies > 1_000_000) {
			throw new IllegalArgumentException("--agencies must be from 4 to 1000000, not " + agencies + ".");
		}
		if (indicators < 1 || indicators > 200) {
			throw new IllegalArgumentException("--indicators must be from 1 to 200, not " + indicators + ".");
		}
		if (months < 1 || months > 240) {
			throw new IllegalArgumentException("--months must be from 1 to 240, not " + months + ".");
		}
		if (!(xlsxShare >= 0 && xlsxShare <= 1)) {
			throw new IllegalArgumentException("--xlsx-share must be a fraction from 0 to 1, not " + xlsxShare + ".");
		}
		if (!(faultShare >= 0 && faultShare <= 0.5)) {
			throw new IllegalArgumentException("--fault-share must be a fraction from 0 to 0.5, not " + faultShare + ".");
		}
		if (endPeriod.getYear() < 2001 || endPeriod.getYear() > 2999) {
			throw new IllegalArgumentException("--end-period must be in the years 2001 to 2999, not " + endPeriod + ".");
		}
	}

	/** The first month generated. */
	public YearMonth firstPeriod() {
		return endPeriod.minusMonths(months - 1L);
	}

}
