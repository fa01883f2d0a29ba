package org.scorecard.period;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reporting periods written {@code YYYY-MM} with a month from 01 to 12. */
public final class Periods {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private Periods() {
	}

	public static Optional<YearMonth> parse(String text) {
		if (text == null || !PERIOD.matcher(text).matches()) {
			return Optional.empty();
		}
		// the pattern has checked every character: no formatter needed (this runs for every row)
		return Optional.of(YearMonth.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10)));
	}

}
