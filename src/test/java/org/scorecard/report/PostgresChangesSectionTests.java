package org.scorecard.report;

import org.junit.jupiter.api.condition.EnabledIf;
import org.scorecard.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ChangesSectionTests} against PostgreSQL (127.0.0.1:5432, database test); skipped with a message where it is not running. */
@EnabledIf(value = "org.scorecard.Postgres#available", disabledReason = "PostgreSQL at 127.0.0.1:5432 is not reachable")
class PostgresChangesSectionTests extends ChangesSectionTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.use(registry, "changes");
	}

}
