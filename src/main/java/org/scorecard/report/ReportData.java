package org.scorecard.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecard.changes.Changes;
import org.scorecard.changes.EditionChanges;
import org.scorecard.completeness.Completeness;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.Agency;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Target;
import org.scorecard.reference.Task;
import org.scorecard.run.Run;
import org.scorecard.task.TaskStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.run.RunContext;
import org.scorecard.quality.Questioned;

/**
 * Everything the reports show, read from the run's tables (the same ones summary.json is written
 * from): results with their targets, completeness, tasks, quality findings and rejected rows. Read
 * once per report and then only read, so threads may share it.
 */
public final class ReportData {

	/**
	 * One result row with its target, if any, and what its status was judged on: the measured figure of
	 * the target's measure, the expected value of an annual plan, the tolerance applied. {@code partial}:
	 * fewer months have a figure than the period's months; {@code inQuestion}: a rule violation or an
	 * unusual value touches this agency's figures of the indicator for the month. {@code statusPrev}: the
	 * status of the month before (null: that month has no such result); {@code quarter}: the quarter's
	 * figures on a quarter-closing run, else null.
	 */
	public record Result(String agency, String indicator, BigDecimal month, BigDecimal ytd, BigDecimal ytdPrev,
			BigDecimal growthMonth, BigDecimal growthYtd, int monthsReported, boolean rolledUp, String status,
			Target target, BigDecimal measured, BigDecimal expected, BigDecimal tolerance, boolean partial,
			boolean inQuestion, String statusPrev, Quarter quarter) {
	}

	/** The quarter closed by the run's month: its value, the same quarter a year earlier, their growth. */
	public record Quarter(BigDecimal value, BigDecimal valuePrev, BigDecimal growth, int monthsReported) {
	}

	/** A file that could not be read, with its sender (null: unattributed) and why. */
	public record Unreadable(String file, String sender, String message) {
	}

	public record Finding(String kind, String agency, String indicator, String rule, String message,
			BigDecimal valueLeft, BigDecimal valueRight) {
	}

	public record Point(YearMonth month, BigDecimal value) {
	}

	/** One period of the reporting history: every expected reporter's status, and the rates. */
	public record Reporting(YearMonth period, Map<String, String> statuses, Completeness.Rates rates) {
	}

	/** The twelve periods of the reporting history, the run's period last. */
	static final int HISTORY = 12;

	private final Run run;

	private final YearMonth period;

	private final ReferenceData reference;

	private final List<Result> results;

	private final List<ReportingStatus> completeness;

	private final Completeness.Rates rates;

	private final LocalDate deadline;

	private final LocalDate asOf;

	private final List<Finding> findings;

	private final Map<String, Long> rejectedByCode;

	private final Map<String, Long> rejectedByAgency;

	private final AgencyTree tree;

	private final List<Unreadable> unreadable;

	private final List<String> unattributed;

	private final JdbcTemplate jdbc;

	/** The edition is in the run's second language: its stored messages are read from the _alt columns. */
	private final boolean second;

	private final List<Reporting> reporting = new ArrayList<>();

	private EditionChanges changes;

	public ReportData(JdbcTemplate jdbc, RunContext context) {
		this.jdbc = jdbc;
		this.second = context.second();
		this.run = context.accounted();
		this.period = run.period().month();
		this.reference = context.reference();
		this.tree = new AgencyTree(reference.agencies());
		this.asOf = context.asOf();
		this.deadline = context.deadlineEnd()
			.minusNanos(1)
			.atZone(ReportingPeriod.ZONE)
			.toLocalDate();
		Map<String, Target> targets = new LinkedHashMap<>();
		for (Target target : reference.targets()) {
			if (target.year() == period.getYear()) {
				targets.put(target.agency() + " " + target.indicator(), target);
			}
		}
		this.findings = jdbc.query("SELECT kind, agency, indicator, rule, " + context.stored("message") + ", value_left, value_right "
				+ "FROM quality_finding WHERE run_id = ? ORDER BY position",
				(rs, n) -> new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7)),
				run.id());
		Set<String> questioned = Questioned.of(jdbc, run.id(), reference);
		int months = period.getMonthValue();
		this.results = new ArrayList<>(jdbc.query("SELECT * FROM result WHERE run_id = ?", (rs, n) -> {
			String key = rs.getString("agency") + " " + rs.getString("indicator");
			BigDecimal ytd = rs.getBigDecimal("ytd");
			return new Result(rs.getString("agency"), rs.getString("indicator"), rs.getBigDecimal("month_value"), ytd,
					rs.getBigDecimal("ytd_prev"), rs.getBigDecimal("growth_month"), rs.getBigDecimal("growth_ytd"),
					rs.getInt("months_reported"), rs.getBoolean("rolled_up"), rs.getString("status"), targets.get(key),
					rs.getBigDecimal("measured"), rs.getBigDecimal("expected"), rs.getBigDecimal("tolerance"),
					ytd != null && rs.getInt("months_reported") < months, questioned.contains(key),
					rs.getString("status_prev"), quarter(rs));
		}, run.id()));
		this.results.sort(Comparator.comparingInt((Result r) -> position(r.agency())).thenComparing(Result::indicator));
		this.completeness = context.statuses()
			.stream()
			.sorted(Comparator.comparingInt(s -> position(s.agency())))
			.toList();
		this.rates = Completeness.rates(this.completeness);
		Completeness timeliness = new Completeness(jdbc);
		for (int i = HISTORY - 1; i >= 0; i--) {
			ReportingPeriod earlier = new ReportingPeriod(period.minusMonths(i));
			List<ReportingStatus> statuses = i == 0 ? this.completeness
					: timeliness.statuses(run.id(), earlier, context.deadlineEnd(earlier));
			Map<String, String> byAgency = new LinkedHashMap<>();
			statuses.forEach(s -> byAgency.put(s.agency(), s.status()));
			reporting.add(new Reporting(earlier.month(), byAgency, Completeness.rates(statuses)));
		}
		this.rejectedByCode = counts("SELECT code, COUNT(*) FROM submission_row WHERE run_id = ? AND code IS NOT NULL "
				+ "GROUP BY code ORDER BY COUNT(*) DESC, code");
		// a row belongs to the agency that sent its file, else to the agency it names
		this.rejectedByAgency = counts("SELECT COALESCE(f.sender, a.code) AS owner, COUNT(*) FROM submission_row r "
				+ "JOIN input_file f ON f.run_id = r.run_id AND f.file_id = r.file_id "
				+ "LEFT JOIN agency a ON a.run_id = r.run_id AND a.code = r.agency "
				+ "WHERE r.run_id = ? AND r.code IS NOT NULL AND COALESCE(f.sender, a.code) IS NOT NULL "
				+ "GROUP BY COALESCE(f.sender, a.code) ORDER BY COUNT(*) DESC, owner");
		this.unreadable = jdbc.query("SELECT path, sender, " + context.stored("message") + " FROM input_file WHERE run_id = ? "
				+ "AND status = 'unreadable' ORDER BY file_id", (rs, n) -> new Unreadable(rs.getString(1), rs.getString(2),
						rs.getString(3)), run.id());
		this.unattributed = jdbc.queryForList("SELECT path FROM input_file WHERE run_id = ? AND status <> 'skipped' "
				+ "AND sender IS NULL ORDER BY file_id", String.class, run.id());
	}

	private static Quarter quarter(java.sql.ResultSet rs) throws java.sql.SQLException {
		int months = rs.getInt("quarter_months");
		return rs.wasNull() ? null : new Quarter(rs.getBigDecimal("quarter_value"), rs.getBigDecimal("quarter_prev"),
				rs.getBigDecimal("growth_quarter"), months);
	}

	/**
	 * The reporting history: the twelve periods to this one, oldest first, each judged as rules.md s. 7
	 * judges this one (its own deadline, the same cut-off and deadline days, today's expected reporters).
	 */
	public List<Reporting> reporting() {
		return reporting;
	}

	/** Files that could not be read at all, in processing order. */
	public List<Unreadable> unreadable() {
		return unreadable;
	}

	/** Files whose sender could not be told (neither their rows, name nor folder name an agency). */
	public List<String> unattributed() {
		return unattributed;
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		}, run.id());
		return counts;
	}

	public AgencyTree tree() {
		return tree;
	}

	public int position(String agency) {
		return tree.position(agency);
	}

	public Run run() {
		return run;
	}

	public YearMonth period() {
		return period;
	}

	public ReferenceData reference() {
		return reference;
	}

	public Agency agency(String code) {
		return reference.agencies().get(code);
	}

	public Indicator indicator(String code) {
		return reference.indicator(code);
	}

	public List<Result> results() {
		return results;
	}

	public List<Result> results(String agency) {
		return results.stream().filter(r -> r.agency().equals(agency)).toList();
	}

	public List<Result> withTargets() {
		return results.stream().filter(r -> r.target() != null).toList();
	}

	public List<ReportingStatus> completeness() {
		return completeness;
	}

	public Completeness.Rates rates() {
		return rates;
	}

	public LocalDate deadline() {
		return deadline;
	}

	/** The period's last day (the 14th under Decree 09): tasks are judged as of it. */
	public LocalDate asOf() {
		return asOf;
	}

	public TaskStatus status(Task task) {
		return TaskStatus.of(task, asOf);
	}

	public List<Finding> findings() {
		return findings;
	}

	public Map<String, Long> rejectedByCode() {
		return rejectedByCode;
	}

	public Map<String, Long> rejectedByAgency() {
		return rejectedByAgency;
	}

	/** The code of the agency of kind nation, or null when there is none. */
	public String nation() {
		return reference.agencies()
			.values()
			.stream()
			.filter(a -> a.kind() == org.scorecard.reference.AgencyKind.NATION)
			.map(Agency::code)
			.findFirst()
			.orElse(null);
	}

	/** The agencies expected to report (reports = yes), in tree order. */
	public List<String> reportingAgencies() {
		return reference.agencies()
			.values()
			.stream()
			.filter(Agency::reports)
			.map(Agency::code)
			.sorted(Comparator.comparingInt(this::position))
			.toList();
	}

	/** What changed since the previous edition of the period (read on first use: only the report shows it). */
	public synchronized EditionChanges changes() {
		if (changes == null) {
			changes = new Changes(jdbc).since(run, reference);
		}
		return changes;
	}

	/** Per agency, what the scorecards and charts show of it: its rejected rows and twelve-month trends. */
	public AgencyHistory history() {
		return new AgencyHistory(jdbc, run.id(), period, reference, second);
	}

}
