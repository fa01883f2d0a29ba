package org.scorecard.run;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/** A step that does one thing, in one transaction, with the context of the run it executes for. */
public final class RunStep {

	/** The work of the step. */
	@FunctionalInterface
	public interface Action {

		void run(RunContext context) throws Exception;

	}

	private RunStep() {
	}

	/** The step, to add listeners to before building it. */
	public static TaskletStepBuilder of(String name, JobRepository jobRepository, PlatformTransactionManager tm,
			RunContexts contexts, Action action) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, chunk) -> {
			action.run(contexts.of(runId(chunk.getStepContext().getJobParameters().get(RunContexts.RUN_ID))));
			return RepeatStatus.FINISHED;
		}, tm);
	}

	static long runId(Object parameter) {
		return ((Number) parameter).longValue();
	}

}
