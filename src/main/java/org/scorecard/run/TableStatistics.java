package org.scorecard.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The planner's statistics of tables a step has just filled in bulk. PostgreSQL gathers them only
 * when autovacuum gets round to it, so right after the ingestion it plans as if the tables were
 * empty (one row expected): the workbook's Values query looped the window view once per agency, 240 s
 * at 100,000 rows, under 1 s once {@code agency}, {@code indicator} and {@code run} had statistics.
 * H2 estimates from its indexes and needs nothing.
 *
 * <p>Each {@code ANALYZE} runs on a connection of its own in auto-commit, so the lock it takes is
 * released at once rather than held to the end of the step's transaction (runs of other periods
 * may analyse the same tables at the same time). A table is analysed only when a step has just
 * written it in bulk: after the reference data and the ingestion, after the roll-up, after the
 * results and quality findings.
 */
@Component
public class TableStatistics {

	/** What the ingestion and the reference data wrote. */
	public static final String[] INGESTED = { "run", "agency", "indicator", "target", "task", "quality_rule",
			"input_file", "input_sheet", "submission_row" };

	/** What the roll-up wrote. */
	public static final String[] ROLLED_UP = { "agency_value" };

	/** What results and the quality checks wrote. */
	public static final String[] JUDGED = { "result", "quality_finding", "outlier_stat", "outlier_spread" };

	private final DataSource dataSource;

	private final boolean postgres;

	public TableStatistics(DataSource dataSource) {
		this.dataSource = dataSource;
		this.postgres = isPostgres(dataSource);
	}

	/** Gathers the statistics of {@code tables} (on PostgreSQL; nothing on H2). */
	public void refresh(String... tables) {
		if (!postgres) {
			return;
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					statement.execute("ANALYZE " + table);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The planner's statistics could not be gathered: " + ex.getMessage(), ex);
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database cannot be reached: " + ex.getMessage(), ex);
		}
	}

}
