package org.scorecard.ingest;

import java.nio.file.Path;
import java.util.List;

import org.scorecard.reference.ReferenceLoader;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.scorecard.run.RunStep;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.RowChecker;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingestion steps, in pipeline order: store the reference data, read and check every row of
 * every inbox file, settle revisions, and account for every row.
 */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

	static final int CHUNK_SIZE = 1000;

	@Bean
	@StepScope
	InboxReader inboxReader(JdbcTemplate jdbc, RunRepository runs, @Value("#{jobParameters['run.id']}") Long runId) {
		Run run = runs.find(runId).orElseThrow();
		return new InboxReader(jdbc, runId, Path.of(run.inboxDir()));
	}

	@Bean
	@StepScope
	RowProcessor rowProcessor(ReferenceRepository references, RunRepository runs,
			@Value("#{jobParameters['run.id']}") Long runId) {
		Run run = runs.find(runId).orElseThrow();
		return new RowProcessor(new RowChecker(references.load(runId), Cutoff.valueOf(run.cutoff())));
	}

	@Bean
	@StepScope
	RowWriter rowWriter(JdbcTemplate jdbc, @Value("#{jobParameters['run.id']}") Long runId) {
		return new RowWriter(jdbc, runId);
	}

	@Bean
	Step loadReferenceStep(JobRepository jobRepository, PlatformTransactionManager tm, RunRepository runs,
			ReferenceRepository references) {
		return RunStep.of("loadReference", jobRepository, tm, runId -> references.save(runId,
				ReferenceLoader.load(Path.of(runs.find(runId).orElseThrow().referenceDir()))));
	}

	@Bean
	Step ingestStep(JobRepository jobRepository, PlatformTransactionManager tm, InboxReader inboxReader,
			RowProcessor rowProcessor, RowWriter rowWriter,
			ObjectProvider<ItemWriteListener<IngestItem>> writeListeners) {
		var builder = new StepBuilder("ingest", jobRepository).<IngestItem, IngestItem>chunk(CHUNK_SIZE)
			.transactionManager(tm)
			.reader(inboxReader)
			.processor(rowProcessor)
			.writer(rowWriter);
		List<ItemWriteListener<IngestItem>> listeners = writeListeners.orderedStream().toList();
		listeners.forEach(builder::listener);
		return builder.build();
	}

	@Bean
	Step settleRevisionsStep(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc) {
		return RunStep.of("settleRevisions", jobRepository, tm, new RevisionResolver(jdbc)::resolve);
	}

	@Bean
	Step accountStep(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc,
			RunRepository runs) {
		return RunStep.of("account", jobRepository, tm, new Accounting(jdbc, runs)::check);
	}


}
