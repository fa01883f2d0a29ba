package org.scorecard.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * One run of a period at a time across processes sharing a database. On PostgreSQL a session
 * advisory lock per schema and period, held on its own connection for the whole run and released when
 * the run ends or its process dies; runs of different periods go side by side, and so do deployments
 * in different schemas of one database. The embedded H2 file can only be opened by one process anyway.
 */
@Component
public class PeriodLock {

	/**
	 * The first key of the lock names the application and the schema (so deployments in different
	 * schemas do not block each other, nor other applications' locks collide), the second the period.
	 */
	private static final String KEY = "hashtext('scorecard:' || current_schema())";

	private static final String LOCK = "SELECT pg_try_advisory_lock(" + KEY + ", ?)";

	private static final String UNLOCK = "SELECT pg_advisory_unlock(" + KEY + ", ?)";

	private final DataSource dataSource;

	public PeriodLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** A held lock; closing it releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/** Takes the period's lock or refuses at once. */
	public Held acquire(YearMonth period) {
		Connection connection;
		try {
			connection = dataSource.getConnection();
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
				connection.close();
				return () -> {
				};
			}
			int key = period.getYear() * 100 + period.getMonthValue();
			try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
				lock.setInt(1, key);
				try (ResultSet rs = lock.executeQuery()) {
					rs.next();
					if (!rs.getBoolean(1)) {
						connection.close();
						throw new RunRefusedException(org.scorecard.text.Message.of("refused.period_locked", "period", period));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("cannot lock the period " + period, ex);
		}
		Connection held = connection;
		return () -> {
			try (held; PreparedStatement unlock = held.prepareStatement(UNLOCK)) {
				unlock.setInt(1, period.getYear() * 100 + period.getMonthValue());
				unlock.executeQuery().close();
			}
			catch (SQLException ex) {
				// closing the connection ends the session, which releases the lock anyway
			}
		};
	}

}
