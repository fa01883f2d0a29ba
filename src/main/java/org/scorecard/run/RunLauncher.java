package org.scorecard.run;

import java.util.Optional;
import java.util.stream.Collectors;

import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.submission.Inbox;
import org.scorecard.text.Messages;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Decides what a request means (contract section 1, identity of a run) and carries it out: reuse a
 * completed run of the same period and files, restart a failed one from where it stopped, or start
 * a new edition.
 */
@Service
public class RunLauncher {

	private final RunRepository runs;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final RunLogs logs;

	private final PeriodLock locks;

	public RunLauncher(RunRepository runs, JobOperator jobOperator, JobRepository jobRepository, Job monthlyJob,
			RunLogs logs, PeriodLock locks) {
		this.runs = runs;
		this.logs = logs;
		this.locks = locks;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = monthlyJob;
	}

	/**
	 * Runs the request to its end; broken reference data throws before anything is stored, and so does
	 * another run of the same period in progress on the same database ({@link RunRefusedException}).
	 */
	public RunOutcome launch(RunRequest request) throws Exception {
		ReferenceData reference = ReferenceLoader.load(request.referenceDir());
		try (PeriodLock.Held lock = locks.acquire(request.period())) {
			return launchLocked(request, reference);
		}
	}

	private RunOutcome launchLocked(RunRequest request, ReferenceData reference) throws Exception {
		Scanned scanned = new Scanned(request);
		String fingerprint = scanned.fingerprint();
		Optional<Run> latest = runs.latest(request.period().toString());
		if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint) && !request.rerun()) {
			Run run = latest.get();
			if (run.status() == RunStatus.COMPLETED) {
				return new RunOutcome(run, true, false, null);
			}
			logs.start(run, "restarted");
			try {
				return execute(run.id(), restart(run.id()), true);
			}
			finally {
				logs.finish();
			}
		}
		Inbox.Scan scan = scanned.take();
		long runId = runs.create(request, fingerprint, IntakeKey.of(request, reference), scan.files(),
				scan.secondReasons());
		logs.start(runs.find(runId).orElseThrow(), "started");
		try {
			return execute(runId, jobOperator.start(job, parameters(runId)), false);
		}
		finally {
			logs.finish();
		}
	}

	/**
	 * The inbox as scanned, its files (the reasons of skipped and refused files in the run's language, as
	 * every message, and in its second language from the same walk) handed once to the run's creation and not kept while the job runs: a local list lived
	 * as long as the job, 25 MB of a warm run's live heap at 60,695 files of history.
	 */
	private static final class Scanned {

		private Inbox.Scan scan;

		private final String fingerprint;

		Scanned(RunRequest request) {
			scan = Inbox.scan(request.inboxDir(), Messages.load(request.templatesDir(), request.lang()),
					request.second() == null ? null : Messages.load(request.templatesDir(), request.second()));
			fingerprint = Fingerprint.of(request, scan.files());
		}

		String fingerprint() {
			return fingerprint;
		}

		Inbox.Scan take() {
			Inbox.Scan taken = scan;
			scan = null;
			return taken;
		}

	}

	private JobExecution restart(long runId) throws Exception {
		runs.markStarted(runId);
		JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters(runId));
		if (instance == null) {
			return jobOperator.start(job, parameters(runId));
		}
		if (jobRepository.getJobExecutions(instance).isEmpty()) {
			// killed between creating the job instance and its first execution: nothing ran, start afresh
			jobRepository.deleteJobInstance(instance);
			return jobOperator.start(job, parameters(runId));
		}
		JobExecution last = jobRepository.getLastJobExecution(instance);
		if (last.getStatus().isRunning()) {
			// The process that ran it died (only one process can hold the database), so it is stale.
			last = jobOperator.recover(last);
		}
		return jobOperator.restart(last);
	}

	private RunOutcome execute(long runId, JobExecution execution, boolean restarted) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			runs.finish(runId, RunStatus.COMPLETED, null);
			return new RunOutcome(runs.find(runId).orElseThrow(), false, restarted, null);
		}
		String failure = failure(execution);
		runs.finish(runId, RunStatus.FAILED, failure);
		return new RunOutcome(runs.find(runId).orElseThrow(), false, restarted, failure);
	}

	private static String failure(JobExecution execution) {
		String steps = execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus() != BatchStatus.COMPLETED)
			.flatMap(step -> step.getFailureExceptions().stream().map(ex -> "step " + step.getStepName() + ": " + root(ex)))
			.collect(Collectors.joining("; "));
		String failure = !steps.isEmpty() ? steps
				: execution.getAllFailureExceptions().stream().map(RunLauncher::root).collect(Collectors.joining("; "));
		// one printable sentence for the console and the run table; the stack traces are in the run's log
		String visible = org.scorecard.text.Quoted.visible(failure);
		return visible.length() <= 1000 ? visible : visible.substring(0, 999) + "…";
	}

	private static String root(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message;
	}

	public static JobParameters parameters(long runId) {
		return new JobParametersBuilder().addLong(RunContexts.RUN_ID, runId).toJobParameters();
	}

}
