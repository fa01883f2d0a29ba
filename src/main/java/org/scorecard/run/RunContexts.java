package org.scorecard.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.scorecard.completeness.Completeness;
import org.scorecard.reference.ReferenceRepository;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The {@link RunContext} of each run: built once per job execution (this is the job's listener), and
 * on demand for a run that is not executing (its report on the console, its mail). Steps, readers and
 * the partitioned scorecards of one execution, whatever their thread, share one context.
 */
@Component
public class RunContexts implements JobExecutionListener {

	/** The job parameter that names the run. */
	public static final String RUN_ID = "run.id";

	private final Map<Long, RunContext> contexts = new ConcurrentHashMap<>();

	private final RunRepository runs;

	private final ReferenceRepository references;

	private final Completeness completeness;

	public RunContexts(RunRepository runs, ReferenceRepository references, Completeness completeness) {
		this.runs = runs;
		this.references = references;
		this.completeness = completeness;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		long runId = execution.getJobParameters().getLong(RUN_ID);
		contexts.put(runId, build(runId));
	}

	@Override
	public void afterJob(JobExecution execution) {
		contexts.remove(execution.getJobParameters().getLong(RUN_ID));
	}

	/** The run's context: the executing one's, or one built now (not kept: the run is not executing). */
	public RunContext of(long runId) {
		RunContext context = contexts.get(runId);
		return context != null ? context : build(runId);
	}

	private RunContext build(long runId) {
		Run run = runs.find(runId).orElseThrow(() -> new IllegalStateException("There is no run " + runId + "."));
		return new RunContext(run, () -> references.load(runId),
				() -> completeness.statuses(runId, run.period(), RunContext.deadlineEnd(run)),
				() -> runs.find(runId).orElseThrow());
	}

}
