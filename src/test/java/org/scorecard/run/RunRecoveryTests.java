package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.Inbox;
import org.scorecard.submission.SubmissionFile;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process killed at the worst moments of starting a run, as the crash script found them: after the
 * run and its job instance were stored but before the job's first execution was.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:recovery;DB_CLOSE_DELAY=-1")
class RunRecoveryTests {

	@Autowired
	org.springframework.batch.core.job.Job job;

	@Autowired
	RunLauncher launcher;

	@Autowired
	RunRepository runs;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void shouldCompleteARunKilledBetweenItsJobInstanceAndItsFirstExecution() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-03,");
		RunRequest request = new RunRequest(YearMonth.of(2026, 10), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false);
		// what the killed process left: the run (STARTED) and its job instance, no execution
		List<SubmissionFile> files = Inbox.scan(inbox);
		long runId = runs.create(request, Fingerprint.of(request, files), files);
		jobRepository.createJobInstance(job.getName(), RunLauncher.parameters(runId));

		RunOutcome outcome = launcher.launch(request);

		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.restarted()).isTrue();
		assertThat(outcome.run().id()).isEqualTo(runId);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ?", Long.class, runId))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Long.class)).isEqualTo(1);
	}

	@Test
	void shouldStoreARunWithAllItsFilesOrNothing() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-03,");
		RunRequest request = new RunRequest(YearMonth.of(2026, 11), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false);
		List<SubmissionFile> files = new ArrayList<>(Inbox.scan(inbox));
		SubmissionFile first = files.get(0);
		// a second file the input_file table refuses (a path beyond its 4,000 characters): the insert fails
		files.add(new SubmissionFile(2, "x".repeat(5000), first.location(), first.kind(), first.sha256(),
				first.sizeBytes(), null));

		assertThatThrownBy(() -> runs.create(request, "f", files))
			.isInstanceOf(DataAccessException.class);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run WHERE period = '2026-11'", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id NOT IN (SELECT id FROM run)",
				Long.class)).isZero();
	}

}
