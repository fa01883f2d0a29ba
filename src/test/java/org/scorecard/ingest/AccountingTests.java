package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.run.RunContexts;
import org.scorecard.Fixtures;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRepository;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:accounting;DB_CLOSE_DELAY=-1")
class AccountingTests {

	@Autowired
	RunContexts contexts;

	@Autowired
	RunLauncher launcher;

	@Autowired
	RunRepository runs;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldFailWhenAStoredRowGoesMissing() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-03,",
				"HN,2026-09,IMPORTS,-1,USD_M,2026-10-03,", "LC,2026-09,EXPORTS,7,USD_M,2026-10-03,");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		long runId = outcome.run().id();
		assertThat(outcome.run().rowsRead()).isEqualTo(3);
		assertThat(outcome.run().rowsAccepted()).isEqualTo(2);
		assertThat(outcome.run().rowsRejected()).isEqualTo(1);

		jdbc.update("DELETE FROM submission_row WHERE run_id = ? AND line = 4", runId);
		assertThatIllegalStateException().isThrownBy(() -> new Accounting(jdbc, runs).check(contexts.of(runId)))
			.withMessageContaining("a.csv: 3 rows read but 1 accepted + 1 rejected stored");
	}

	/**
	 * The account step records every file's counts and sender in one pass: the agency its rows name,
	 * else the one its name or folder names, else nobody; summary.json lists the files of nobody.
	 */
	@Test
	void shouldRecordEachFilesCountsAndSender() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-03,",
				"HN,2026-09,IMPORTS,-1,USD_M,2026-10-03,");
		Fixtures.submission(inbox.resolve("LC/extra.csv"), "QQ,2026-09,EXPORTS,7,USD_M,2026-10-03,");
		Fixtures.submission(inbox.resolve("misc/zz.csv"), "ZZ,2026-09,EXPORTS,7,USD_M,2026-10-03,",
				"ZZ,2026-09,IMPORTS,8,USD_M,2026-10-03,");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		long runId = outcome.run().id();
		assertThat(jdbc.queryForList("SELECT path || ' ' || rows_read || ' ' || rows_accepted || ' ' || rows_rejected "
				+ "|| ' ' || COALESCE(sender, '-') FROM input_file WHERE run_id = ? ORDER BY path", String.class, runId))
			.containsExactly("LC/extra.csv 1 0 1 LC", "a.csv 2 1 1 HN", "misc/zz.csv 2 0 2 -");
		assertThat(outcome.run().rowsRead()).isEqualTo(5);
		JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/2026-09/summary.json").toFile());
		assertThat(summary.get("unattributed")).hasSize(1);
		assertThat(summary.get("unattributed").get(0).asText()).isEqualTo("misc/zz.csv");
		assertThat(summary.get("inputs")).hasSize(3);
		assertThat(summary.get("totals").get("read").asLong()).isEqualTo(5);
	}

}
