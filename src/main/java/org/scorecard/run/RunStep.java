package org.scorecard.run;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/** A step that does one thing, in one transaction, for the run named by the job parameter {@code run.id}. */
public final class RunStep {

	/** The work of the step, given the run's id. */
	@FunctionalInterface
	public interface Action {

		void run(long runId) throws Exception;

	}

	private RunStep() {
	}

	public static Step of(String name, JobRepository jobRepository, PlatformTransactionManager tm, Action action) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
			action.run(((Number) context.getStepContext().getJobParameters().get("run.id")).longValue());
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

}
