package org.scorecard.workbook;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.scorecard.aggregation.AgencyValues;
import org.scorecard.run.Run;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows the workbook carries: the months the period's figures rest on ({@link AgencyValues#window}
 * to the run's month: the year to date, the same months a year earlier, the twelve months of trends
 * and outliers) on "Submissions"; on "Rejections" the rejected rows of those months, of later months
 * (a period in the future is a mistake of this month's files) and those whose period could not be read
 * (they belong to no month, and their sender needs to see them). The inbox holds every past period;
 * the older rows change no figure of this period, so they are counted per file on "Reconciliation"
 * (read = accepted + rejected + other months) and stay in the run's database.
 * Which rows are carried depends on the rows alone, never on how they were read (a warm run's
 * workbook is a cold run's).
 *
 * @param since the first month carried
 * @param until the last month carried (the run's)
 * @param files per file id: accepted rows carried, rejected rows carried
 * @param accepted the accepted rows carried
 * @param rejected the rejected rows carried (unreadable files not included)
 * @see #carries(String)
 */
record Carried(YearMonth since, YearMonth until, Map<Long, long[]> files, long accepted, long rejected) {

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	static Carried of(JdbcTemplate jdbc, Run run) {
		YearMonth until = run.period().month();
		YearMonth since = AgencyValues.window(until);
		Map<Long, long[]> files = new HashMap<>();
		long[] totals = new long[2];
		Carried window = new Carried(since, until, files, 0, 0);
		String first = since.toString();
		String last = until.toString();
		// one grouped pass over the run's rows (two passes, one for each kind, read every row twice)
		jdbc.query("SELECT file_id, period, CASE WHEN code IS NULL THEN 0 ELSE 1 END, COUNT(*) FROM submission_row "
				+ "WHERE run_id = ? GROUP BY file_id, period, CASE WHEN code IS NULL THEN 0 ELSE 1 END", rs -> {
					String period = rs.getString(2);
					int kind = rs.getInt(3);
					boolean carried = kind == 0 ? period != null && period.compareTo(first) >= 0 && period.compareTo(last) <= 0
							: window.carries(period);
					if (carried) {
						files.computeIfAbsent(rs.getLong(1), id -> new long[2])[kind] += rs.getLong(4);
						totals[kind] += rs.getLong(4);
					}
				}, run.id());
		return new Carried(since, until, files, totals[0], totals[1]);
	}

	/** Whether a rejected row of this period (as stored, perhaps not a month at all) is carried. */
	boolean carries(String period) {
		return period == null || !MONTH.matcher(period).matches() || !YearMonth.parse(period).isBefore(since);
	}

	long accepted(long fileId) {
		long[] counts = files.get(fileId);
		return counts == null ? 0 : counts[0];
	}

	long rejected(long fileId) {
		long[] counts = files.get(fileId);
		return counts == null ? 0 : counts[1];
	}

}
