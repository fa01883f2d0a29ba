package org.scorecard.completeness;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.period.Utc;

/**
 * Timeliness per expected reporter (agencies with {@code reports = yes}): the earliest accepted row
 * for the period, superseded rows included, against the deadline, which is the end of the day
 * {@code deadline-days} after the period ends, in Asia/Ho_Chi_Minh.
 */
@Component
public class Completeness {

	private static final String FIRST_SUBMISSIONS = "SELECT a.code, MIN(r.submitted_at) FROM agency a "
			+ "LEFT JOIN submission_row r ON r.run_id = a.run_id AND r.agency = a.code AND r.period = ? "
			+ "AND r.code IS NULL WHERE a.run_id = ? AND a.reports GROUP BY a.code ORDER BY a.code";

	/** Counts and rates; the rates are fractions of the expected reporters (rules.md section 7). */
	public record Rates(int expected, int onTime, int late, int missing, BigDecimal reportingRate,
			BigDecimal onTimeRate) {
	}

	private final JdbcTemplate jdbc;

	public Completeness(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Each expected reporter's status for the period, against the first instant after the deadline. */
	public List<ReportingStatus> statuses(long runId, ReportingPeriod period, Instant deadlineEnd) {
		return jdbc.query(FIRST_SUBMISSIONS, (rs, n) -> {
			Instant first = Utc.instant(rs.getObject(2, LocalDateTime.class));
			String status = first == null ? "missing" : first.isBefore(deadlineEnd) ? "on_time" : "late";
			return new ReportingStatus(rs.getString(1), status, first);
		}, period.toString(), runId);
	}

	public static Rates rates(List<ReportingStatus> statuses) {
		int onTime = count(statuses, "on_time");
		int late = count(statuses, "late");
		int expected = statuses.size();
		return new Rates(expected, onTime, late, count(statuses, "missing"), fraction(onTime + late, expected),
				fraction(onTime, expected));
	}

	private static int count(List<ReportingStatus> statuses, String status) {
		return (int) statuses.stream().filter(s -> s.status().equals(status)).count();
	}

	private static BigDecimal fraction(int part, int whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
	}

}
