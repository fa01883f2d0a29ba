package org.scorecard.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The period a run reports on, typed once when the run starts. Today a month ({@code 2026-10}); the
 * type is where a quarter, a half-year or a year will go (figures run to the period's last month).
 * Times without an offset are read, and deadlines fall, in {@link #ZONE}.
 */
public record ReportingPeriod(YearMonth month) {

	/** The reporting zone: submission times without an offset, deadlines and dates are in Hanoi time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * An instant as every output writes it: ISO 8601 in the reporting zone, to the second (fractions
	 * dropped), {@code 2026-11-04T10:00:00+07:00}.
	 */
	public static String time(java.time.Instant instant) {
		return instant == null ? null
				: java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(ZONE));
	}

	/** A period as written in the run's record and folders ({@code 2026-10}). */
	public static ReportingPeriod parse(String code) {
		return new ReportingPeriod(Periods.parse(code)
			.orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a period YYYY-MM")));
	}

	public int year() {
		return month.getYear();
	}

	/** The month of the year of the period's last month (1 to 12). */
	public int monthOfYear() {
		return month.getMonthValue();
	}

	/** Its first day under a cut-off. */
	public LocalDate start(Cutoff cutoff) {
		return cutoff.start(month);
	}

	/** Its last day under a cut-off: the as-of date of tasks. */
	public LocalDate end(Cutoff cutoff) {
		return cutoff.end(month);
	}

	/** The period's code, as in folder names: {@code 2026-10}. */
	@Override
	public String toString() {
		return month.toString();
	}

}
