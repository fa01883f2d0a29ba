package org.scorecard.ingest;

import org.junit.jupiter.api.condition.EnabledIf;
import org.scorecard.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link WarmRunTests} against PostgreSQL (127.0.0.1:5432, database test); skipped with a message where it is not running. */
@EnabledIf(value = "org.scorecard.Postgres#available", disabledReason = "PostgreSQL at 127.0.0.1:5432 is not reachable")
class PostgresWarmRunTests extends WarmRunTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.use(registry, "warm");
	}

}
