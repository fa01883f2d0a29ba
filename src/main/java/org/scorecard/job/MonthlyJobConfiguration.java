package org.scorecard.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.aggregation.AgencyValues;
import org.scorecard.aggregation.Results;
import org.scorecard.ingest.Accounting;
import org.scorecard.ingest.InboxReader;
import org.scorecard.ingest.KnownFiles;
import org.scorecard.ingest.IngestItem;
import org.scorecard.ingest.RevisionResolver;
import org.scorecard.ingest.RowProcessor;
import org.scorecard.ingest.RowWriter;
import org.scorecard.output.RunOutputs;
import org.scorecard.quality.QualityChecks;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.report.ReportSettings;
import org.scorecard.report.ReportWriter;
import org.scorecard.run.RunContexts;
import org.scorecard.run.RunStep;
import org.scorecard.run.StageMetrics;
import org.scorecard.run.TableStatistics;
import org.scorecard.submission.RowChecker;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job, read top-down: the ingestion's reader, processor and writer, then every step in
 * the order the job runs them, then the job. One run per period and set of input files (job parameter
 * {@code run.id}); every step takes the run's typed {@link org.scorecard.run.RunContext}, built once per
 * job execution by {@link RunContexts}, the job's listener. Steps print their time and peak heap
 * ({@link StageMetrics}); a failed step restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
public class MonthlyJobConfiguration {

	static final int CHUNK_SIZE = 1000;

	static final String AGENCIES = "agencies";

	// the ingestion: every row of every file, checked and stored with its file's end, in chunks

	@Bean
	@StepScope
	InboxReader inboxReader(JdbcTemplate jdbc, RunContexts contexts, @Value("#{jobParameters['run.id']}") Long runId) {
		var context = contexts.of(runId);
		return new InboxReader(jdbc, runId, context.inboxDir(), context.messages(), context.secondMessages());
	}

	@Bean
	@StepScope
	RowProcessor rowProcessor(RunContexts contexts, @Value("#{jobParameters['run.id']}") Long runId) {
		var context = contexts.of(runId);
		return new RowProcessor(new RowChecker(context.reference(), context.cutoff(), context.messages(),
				context.secondMessages()));
	}

	@Bean
	@StepScope
	RowWriter rowWriter(JdbcTemplate jdbc, @Value("#{jobParameters['run.id']}") Long runId) {
		return new RowWriter(jdbc, runId);
	}

	// the steps, in the order the job runs them

	@Bean
	Step loadReferenceStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts,
			ReferenceRepository references, StageMetrics metrics) {
		return RunStep.of("loadReference", jobRepository, tm, contexts,
				context -> references.save(context.runId(), ReferenceLoader.load(context.referenceDir())))
			.listener(metrics)
			.build();
	}

	/** The files an earlier run already read under the same checks: their rows copied, not read again. */
	@Bean
	Step reuseStep(JobRepository jobRepository, PlatformTransactionManager tm, KnownFiles known,
			StageMetrics metrics) {
		return new StepBuilder("reuse", jobRepository).tasklet(known, tm).listener(metrics).build();
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, InboxReader inboxReader,
			RowProcessor rowProcessor, RowWriter rowWriter, ObjectProvider<ItemWriteListener<IngestItem>> progress,
			StageMetrics metrics) {
		var builder = new StepBuilder("ingest", jobRepository).<IngestItem, IngestItem>chunk(CHUNK_SIZE)
			.transactionManager(tm)
			.reader(inboxReader)
			.processor(rowProcessor)
			.writer(rowWriter)
			.listener(metrics);
		progress.orderedStream().forEach(builder::listener);
		return builder.build();
	}

	/** The rows just stored get their planner statistics first (PostgreSQL), then revisions are settled. */
	@Bean
	Step settleRevisionsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts,
			RevisionResolver revisions, TableStatistics statistics, StageMetrics metrics) {
		return RunStep.of("settleRevisions", jobRepository, tm, contexts, context -> {
			statistics.refresh(TableStatistics.INGESTED);
			revisions.resolve(context);
		}).listener(metrics).build();
	}

	/** Every row accounted for (read = accepted + rejected per file), and each file's sender found. */
	@Bean
	Step accountStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts, Accounting accounting,
			StageMetrics metrics) {
		return RunStep.of("account", jobRepository, tm, contexts, accounting::check).listener(metrics).build();
	}

	/** Own values copied in committed slices (one transaction per call), then rolled up the tree. */
	@Bean
	Step rollUpStep(JobRepository jobRepository, PlatformTransactionManager tm, AgencyValues values, StageMetrics metrics) {
		return new StepBuilder("rollUp", jobRepository).tasklet(values, tm).listener(metrics).build();
	}

	/** The values just rolled up get their planner statistics first (PostgreSQL), then the results are built. */
	@Bean
	Step resultsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts, Results results,
			TableStatistics statistics, StageMetrics metrics) {
		return RunStep.of("results", jobRepository, tm, contexts, context -> {
			statistics.refresh(TableStatistics.ROLLED_UP);
			results.build(context);
		}).listener(metrics).build();
	}

	@Bean
	Step qualityStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts, QualityChecks quality,
			StageMetrics metrics) {
		return RunStep.of("quality", jobRepository, tm, contexts, quality::build).listener(metrics).build();
	}

	/** The results and findings just written get their planner statistics first (PostgreSQL). */
	@Bean
	Step writeOutputsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts,
			RunOutputs outputs, TableStatistics statistics, StageMetrics metrics) {
		return RunStep.of("writeOutputs", jobRepository, tm, contexts, context -> {
			statistics.refresh(TableStatistics.JUDGED);
			outputs.write(context);
		}).listener(metrics).build();
	}

	@Bean
	Step reportStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts, ReportWriter reports,
			StageMetrics metrics) {
		return RunStep.of("report", jobRepository, tm, contexts, reports::writeReport).listener(metrics).build();
	}

	/** The reporting agencies split into {@code scorecard.report.threads} lists, one per partition. */
	@Bean
	@StepScope
	Partitioner agencyPartitioner(ReportWriter reports, RunContexts contexts,
			@Value("#{jobParameters['run.id']}") Long runId) {
		return gridSize -> {
			List<String> agencies = reports.scorecardAgencies(contexts.of(runId));
			int size = Math.max(1, Math.min(gridSize, agencies.size()));
			List<List<String>> parts = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				parts.add(new ArrayList<>());
			}
			for (int i = 0; i < agencies.size(); i++) {
				parts.get(i % size).add(agencies.get(i));
			}
			Map<String, ExecutionContext> partitions = new HashMap<>();
			for (int i = 0; i < size; i++) {
				ExecutionContext context = new ExecutionContext();
				context.putString(AGENCIES, String.join(",", parts.get(i)));
				partitions.put("partition" + i, context);
			}
			return partitions;
		};
	}

	/** One partition's scorecards; a failed partition restarts alone. */
	@Bean
	Step agencyScorecardStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts,
			ReportWriter reports) {
		return new StepBuilder("agencyScorecard", jobRepository).tasklet((contribution, chunk) -> {
			long runId = ((Number) chunk.getStepContext().getJobParameters().get(RunContexts.RUN_ID)).longValue();
			String agencies = chunk.getStepContext().getStepExecution().getExecutionContext().getString(AGENCIES);
			reports.writeScorecards(contexts.of(runId), agencies.isEmpty() ? List.of() : List.of(agencies.split(",")));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	/** The agency scorecards, rendered by {@code scorecard.report.threads} partitions at once. */
	@Bean
	Step agencyScorecardsStep(JobRepository jobRepository, Partitioner agencyPartitioner, Step agencyScorecardStep,
			ReportSettings settings, StageMetrics metrics) {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("scorecard-");
		executor.setConcurrencyLimit(settings.threads());
		return new StepBuilder("agencyScorecards", jobRepository).partitioner("agencyScorecard", agencyPartitioner)
			.step(agencyScorecardStep)
			.gridSize(settings.threads())
			.taskExecutor(executor)
			.listener(metrics)
			.build();
	}

	@Bean
	Step checksumsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunContexts contexts, RunOutputs outputs,
			StageMetrics metrics) {
		return RunStep.of("checksums", jobRepository, tm, contexts, outputs::writeChecksums).listener(metrics).build();
	}

	// the job

	@Bean
	Job monthlyJob(JobRepository jobRepository, RunContexts contexts, Step loadReferenceStep, Step reuseStep,
			Step ingestStep,
			Step settleRevisionsStep, Step accountStep, Step rollUpStep, Step resultsStep, Step qualityStep,
			Step writeOutputsStep, Step reportStep, Step agencyScorecardsStep, Step checksumsStep) {
		return new JobBuilder("monthlyJob", jobRepository).listener(contexts)
			.start(loadReferenceStep)
			.next(reuseStep)
			.next(ingestStep)
			.next(settleRevisionsStep)
			.next(accountStep)
			.next(rollUpStep)
			.next(resultsStep)
			.next(qualityStep)
			.next(writeOutputsStep)
			.next(reportStep)
			.next(agencyScorecardsStep)
			.next(checksumsStep)
			.build();
	}

}
