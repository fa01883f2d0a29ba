package org.scorecard.period;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods written {@code YYYY-MM} with a month from 01 to 12; on the command line also
 * {@code YYYY-Qn}, the month that closes quarter n (a submission's period is always a month).
 */
public final class Periods {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	private Periods() {
	}

	public static Optional<YearMonth> parse(String text) {
		if (text == null || !PERIOD.matcher(text).matches()) {
			return Optional.empty();
		}
		// the pattern has checked every character: no formatter needed (this runs for every row)
		return Optional.of(YearMonth.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10)));
	}

	/** A period typed by a user: {@code YYYY-MM}, or {@code YYYY-Qn} (q too) for months 03, 06, 09, 12. */
	public static Optional<YearMonth> parseArgument(String text) {
		if (text != null) {
			Matcher quarter = QUARTER.matcher(text);
			if (quarter.matches()) {
				return Optional.of(YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2))));
			}
		}
		return parse(text);
	}

}
