package org.scorecard.aggregation;

import java.time.YearMonth;
import java.util.List;

import org.scorecard.run.RunContexts;
import org.scorecard.run.TableStatistics;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds {@code agency_value} set-based, one statement per level of the agency tree: first every
 * current own value, then, from the deepest level up, each parent's missing months of sum and last
 * indicators as the sum of the children's values that exist (own or already rolled up). Each level
 * reads only its own agencies' values (by the primary key), so the levels together read every value once.
 *
 * <p>Only the months the run reads are built ({@link #window}): January of the year before the run's
 * (of two years before, for a January run) to the run's month. The inbox holds every past period, but
 * results, quality checks, trends and the workbook read no month outside that window, and a month's
 * roll-up depends on that month's values alone, so leaving the older years out changes no figure.
 */
@Component
public class AgencyValues implements Tasklet {

	private static final String OWN = "INSERT INTO agency_value (run_id, agency, indicator, period, period_year, period_month, value_num, rolled_up) "
			+ "SELECT run_id, agency, indicator, period, CAST(SUBSTRING(period, 1, 4) AS INT), "
			+ "CAST(SUBSTRING(period, 6, 2) AS INT), value_num, FALSE FROM submission_row "
			+ "WHERE run_id = ? AND is_current AND period >= ? AND period <= ? AND agency >= ?";

	/** The same for a slice with an end (every slice but the last). */
	private static final String OWN_UPTO = OWN + " AND agency < ?";

	private static final String ROLL_UP = "INSERT INTO agency_value (run_id, agency, indicator, period, period_year, period_month, value_num, rolled_up) "
			+ "SELECT v.run_id, a.parent, v.indicator, v.period, v.period_year, v.period_month, SUM(v.value_num), TRUE "
			+ "FROM agency_value v "
			+ "JOIN agency a ON a.run_id = v.run_id AND a.code = v.agency "
			+ "JOIN indicator i ON i.run_id = v.run_id AND i.code = v.indicator AND i.aggregation IN ('SUM', 'LAST') "
			+ "WHERE v.run_id = ? AND v.agency IN (SELECT code FROM agency WHERE run_id = ? AND depth = ? "
			+ "AND parent IS NOT NULL) AND a.depth = ? AND a.parent IS NOT NULL AND NOT EXISTS (SELECT 1 FROM agency_value o "
			+ "WHERE o.run_id = v.run_id AND o.agency = a.parent AND o.indicator = v.indicator AND o.period = v.period) "
			+ "GROUP BY v.run_id, a.parent, v.indicator, v.period, v.period_year, v.period_month";

	/**
	 * The first month a run of {@code period} reads: January of the year before (months 1..m of Y and
	 * Y-1 for the year to date, the twelve months before m for outliers and trends), or of two years
	 * before in January (December's status compares Y-1 with Y-2 whole).
	 */
	public static YearMonth window(YearMonth period) {
		return YearMonth.of(period.getYear() - (period.getMonthValue() == 1 ? 2 : 1), 1);
	}

	/** Agencies per transaction when copying own values: H2 slows down badly on one huge transaction. */
	static final int AGENCIES_PER_SLICE = 100;

	/** The step's progress, kept in its execution context: -1 before the old values are deleted. */
	private static final String SLICE = "agencyValues.slice";

	private final JdbcTemplate jdbc;

	private final TableStatistics statistics;

	public AgencyValues(JdbcTemplate jdbc, TableStatistics statistics) {
		this.jdbc = jdbc;
		this.statistics = statistics;
	}

	/**
	 * Rebuilds the run's values, one committed transaction per call: first the old values are deleted
	 * (a restarted step never adds them twice), then own values are copied in slices of
	 * {@value #AGENCIES_PER_SLICE} agencies (at a million rows one transaction took about 20 s in H2,
	 * slices about 9 s), then the roll-ups, level by level from the deepest. The slice reached is saved
	 * with each commit, so a restart goes on from there.
	 */
	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		long runId = ((Number) chunk.getStepContext().getJobParameters().get(RunContexts.RUN_ID)).longValue();
		ExecutionContext progress = chunk.getStepContext().getStepExecution().getExecutionContext();
		int slice = progress.getInt(SLICE, -1);
		if (slice < 0) {
			jdbc.update("DELETE FROM agency_value WHERE run_id = ?", runId);
			progress.putInt(SLICE, 0);
			return RepeatStatus.CONTINUABLE;
		}
		List<String> codes = jdbc.queryForList("SELECT code FROM agency WHERE run_id = ? ORDER BY code", String.class,
				runId);
		YearMonth period = YearMonth.parse(jdbc.queryForObject("SELECT period FROM run WHERE id = ?", String.class, runId));
		String since = window(period).toString();
		String until = period.toString();
		int first = slice * AGENCIES_PER_SLICE;
		if (first < Math.max(codes.size(), 1)) {
			// the first slice starts at the empty string and the last has no end, so no stored code is missed
			String from = first == 0 ? "" : codes.get(first);
			String to = first + AGENCIES_PER_SLICE < codes.size() ? codes.get(first + AGENCIES_PER_SLICE) : null;
			if (to == null) {
				jdbc.update(OWN, runId, since, until, from);
			}
			else {
				jdbc.update(OWN_UPTO, runId, since, until, from, to);
			}
			progress.putInt(SLICE, slice + 1);
			return RepeatStatus.CONTINUABLE;
		}
		// the own values just copied get their planner statistics before the roll-up reads them (PostgreSQL:
		// with the statistics of an earlier run, which knew no row of this one, the levels took 18 s at a
		// million rows of history against 4 s for the first run in a schema)
		statistics.refresh(TableStatistics.ROLLED_UP);
		Integer deepest = jdbc.queryForObject("SELECT MAX(depth) FROM agency WHERE run_id = ?", Integer.class, runId);
		for (int depth = deepest == null ? 0 : deepest; depth > 0; depth--) {
			jdbc.update(ROLL_UP, runId, runId, depth, depth);
		}
		return RepeatStatus.FINISHED;
	}

}
