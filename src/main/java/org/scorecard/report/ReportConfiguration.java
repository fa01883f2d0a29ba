package org.scorecard.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.run.RunStep;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report steps: {@code report} writes the consolidated PDF; {@code agencyScorecards} is a
 * partitioned step that splits the reporting agencies into {@code scorecard.report.threads}
 * partitions rendered in parallel, each partition restartable on its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
public class ReportConfiguration {

	static final String AGENCIES = "agencies";

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, ReportWriter reports) {
		return RunStep.of("report", jobRepository, tm, reports::writeReport);
	}

	@Bean
	@StepScope
	Partitioner agencyPartitioner(ReportWriter reports, @Value("#{jobParameters['run.id']}") Long runId) {
		return gridSize -> {
			List<String> agencies = reports.scorecardAgencies(runId);
			Map<String, ExecutionContext> partitions = new HashMap<>();
			int size = Math.max(1, Math.min(gridSize, agencies.size()));
			List<List<String>> parts = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				parts.add(new ArrayList<>());
			}
			for (int i = 0; i < agencies.size(); i++) {
				parts.get(i % size).add(agencies.get(i));
			}
			for (int i = 0; i < size; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(AGENCIES, String.join(",", parts.get(i)));
				partitions.put("partition" + i, context);
			}
			return partitions;
		};
	}

	@Bean
	Step agencyScorecardStep(JobRepository jobRepository, PlatformTransactionManager tm, ReportWriter reports) {
		return new StepBuilder("agencyScorecard", jobRepository).tasklet((contribution, context) -> {
			long runId = ((Number) context.getStepContext().getJobParameters().get("run.id")).longValue();
			String agencies = context.getStepContext().getStepExecution().getExecutionContext().getString(AGENCIES);
			reports.writeScorecards(runId, agencies.isEmpty() ? List.of() : List.of(agencies.split(",")));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step agencyScorecardsStep(JobRepository jobRepository, Partitioner agencyPartitioner, Step agencyScorecardStep,
			ReportSettings settings) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("scorecard-");
		executor.setConcurrencyLimit(settings.threads());
		return new StepBuilder("agencyScorecards", jobRepository).partitioner("agencyScorecard", agencyPartitioner)
			.step(agencyScorecardStep)
			.gridSize(settings.threads())
			.taskExecutor(executor)
			.build();
	}

}
