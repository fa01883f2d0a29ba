package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.scorecard.Postgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The advisory lock of a period on PostgreSQL belongs to one schema: a second run of the same period
 * in the same schema is refused, while two deployments in different schemas of one database go side by
 * side (two builds running the tests at once are two such deployments).
 */
@EnabledIf(value = "org.scorecard.Postgres#available", disabledReason = "PostgreSQL at 127.0.0.1:5432 is not reachable")
class PeriodLockTests {

	private static PeriodLock lock(String url) {
		return new PeriodLock(new DriverManagerDataSource(url, Postgres.USER, ""));
	}

	@Test
	void shouldRefuseTheSamePeriodInTheSameSchemaButNotInAnother() {
		String first = Postgres.freshSchema("lock_a");
		String second = Postgres.freshSchema("lock_b");
		YearMonth october = YearMonth.of(2026, 10);
		try (PeriodLock.Held held = lock(first).acquire(october)) {
			assertThatThrownBy(() -> lock(first).acquire(october)).isInstanceOf(RunRefusedException.class)
				.hasMessageContaining("Another scorecard run of 2026-10 is in progress");
			try (PeriodLock.Held other = lock(second).acquire(october);
					PeriodLock.Held september = lock(first).acquire(YearMonth.of(2026, 9))) {
				// another schema, and another period: both taken while October is held
			}
		}
		// released: taken again at once
		lock(first).acquire(october).close();
	}

}
