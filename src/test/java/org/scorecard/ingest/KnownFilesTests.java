package org.scorecard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.period.Cutoff;
import org.scorecard.run.RunContexts;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The copy of files already read, on a real H2 database: a slice some of whose files already hold rows
 * of the run (as a slice done again would) copies the other files' rows and leaves those alone, so no row
 * is stored twice and none is missed; the run's rows then equal, file by file, the rows of the run they
 * were copied from.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:knownfiles;DB_CLOSE_DELAY=-1")
class KnownFilesTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void aSliceWithSomeFilesCopiedAlreadyCopiesOnlyTheOthers() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-03,",
				"HN,2026-09,IMPORTS,-1,USD_M,2026-10-03,");
		Fixtures.submission(inbox.resolve("b.csv"), "LC,2026-09,EXPORTS,7,USD_M,2026-10-03,");
		Fixtures.submission(inbox.resolve("c.csv"), "HN,2026-08,EXPORTS,90,USD_M,2026-09-03,",
				"LC,2026-08,EXPORTS,6,USD_M,2026-09-03,", "LC,2026-08,IMPORTS,5,USD_M,2026-09-03,");
		RunOutcome first = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		assertThat(first.completed()).as(first.failure()).isTrue();
		long donor = first.run().id();

		// a second run of the same inbox under the same intake key, its files still to read...
		jdbc.update("INSERT INTO run (period, fingerprint, edition, status, created_at, reference_dir, inbox_dir, "
				+ "out_dir, cutoff, deadline_days, lang, templates_dir, intake_key, cold) SELECT period, fingerprint, "
				+ "edition + 1, 'STARTED', created_at, reference_dir, inbox_dir, out_dir, cutoff, deadline_days, lang, "
				+ "templates_dir, intake_key, cold FROM run WHERE id = ?", donor);
		long runId = jdbc.queryForObject("SELECT MAX(id) FROM run", Long.class);
		jdbc.update("INSERT INTO input_file (run_id, file_id, path, kind, sha256, size_bytes, status) "
				+ "SELECT ?, file_id, path, kind, sha256, size_bytes, 'pending' FROM input_file WHERE run_id = ?", runId,
				donor);
		// ...but the first file's rows already stored for it
		int firstFile = jdbc.queryForObject("SELECT file_id FROM input_file WHERE run_id = ? AND path = 'a.csv'",
				Integer.class, runId);
		jdbc.update("INSERT INTO submission_row (run_id, file_id, line, sheet, agency, period, indicator, value_text, "
				+ "unit, value_num, submitted_at, submitted_at_text, note, raw, code, message, is_current, sheet_no, "
				+ "message_alt) SELECT ?, file_id, line, sheet, agency, period, indicator, value_text, unit, value_num, "
				+ "submitted_at, submitted_at_text, note, raw, code, message, is_current, sheet_no, message_alt "
				+ "FROM submission_row WHERE run_id = ? AND file_id = ?", runId, donor, firstFile);

		StepExecution step = MetaDataInstanceFactory
			.createStepExecution(new JobParametersBuilder().addLong(RunContexts.RUN_ID, runId).toJobParameters());
		RepeatStatus status = new KnownFiles(jdbc, 1000).execute(new StepContribution(step),
				new ChunkContext(new StepContext(step)));

		assertThat(status).isEqualTo(RepeatStatus.FINISHED);
		assertThat(rowsPerFile(runId)).isEqualTo(rowsPerFile(donor)).hasSize(3);
		assertThat(jdbc.queryForList("SELECT reused_run FROM input_file WHERE run_id = ?", Long.class, runId))
			.containsOnly(donor);
	}

	private List<Map<String, Object>> rowsPerFile(long runId) {
		return jdbc.queryForList("SELECT f.path, COUNT(r.line) AS n, SUM(CASE WHEN r.code IS NULL THEN 1 ELSE 0 END) "
				+ "AS accepted FROM input_file f LEFT JOIN submission_row r ON r.run_id = f.run_id AND r.file_id = f.file_id "
				+ "WHERE f.run_id = ? GROUP BY f.path ORDER BY f.path", runId);
	}

}
