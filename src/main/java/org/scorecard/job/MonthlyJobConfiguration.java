package org.scorecard.job;

import org.scorecard.aggregation.AgencyValues;
import org.scorecard.aggregation.Results;
import org.scorecard.output.RunOutputs;
import org.scorecard.quality.QualityChecks;
import org.scorecard.run.RunStep;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly job, one run per period and set of input files (job parameter {@code run.id}):
 * reference data, ingestion, revisions, accounting, roll-ups, results against targets, data quality,
 * then the run's files, the consolidated PDF report, the agency scorecards (in parallel) and SHA256SUMS.
 */
@Configuration(proxyBeanMethods = false)
public class MonthlyJobConfiguration {

	public static final String JOB_NAME = "monthlyJob";

	@Bean
	Step writeOutputsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunOutputs outputs) {
		return RunStep.of("writeOutputs", jobRepository, tm, outputs::write);
	}

	@Bean
	Step checksumsStep(JobRepository jobRepository, PlatformTransactionManager tm, RunOutputs outputs) {
		return RunStep.of("checksums", jobRepository, tm, outputs::writeChecksums);
	}

	@Bean
	Step rollUpStep(JobRepository jobRepository, PlatformTransactionManager tm, AgencyValues values) {
		return RunStep.of("rollUp", jobRepository, tm, values::build);
	}

	@Bean
	Step resultsStep(JobRepository jobRepository, PlatformTransactionManager tm, Results results) {
		return RunStep.of("results", jobRepository, tm, results::build);
	}

	@Bean
	Step qualityStep(JobRepository jobRepository, PlatformTransactionManager tm, QualityChecks quality) {
		return RunStep.of("quality", jobRepository, tm, quality::build);
	}

	@Bean
	Job monthlyJob(JobRepository jobRepository, @Qualifier("loadReferenceStep") Step loadReference,
			@Qualifier("ingestStep") Step ingest, @Qualifier("settleRevisionsStep") Step settleRevisions,
			@Qualifier("accountStep") Step account, @Qualifier("rollUpStep") Step rollUp,
			@Qualifier("resultsStep") Step results, @Qualifier("qualityStep") Step quality,
			@Qualifier("writeOutputsStep") Step writeOutputs, @Qualifier("reportStep") Step report,
			@Qualifier("agencyScorecardsStep") Step agencyScorecards, @Qualifier("checksumsStep") Step checksums) {
		return new JobBuilder(JOB_NAME, jobRepository).start(loadReference)
			.next(ingest)
			.next(settleRevisions)
			.next(account)
			.next(rollUp)
			.next(results)
			.next(quality)
			.next(writeOutputs)
			.next(report)
			.next(agencyScorecards)
			.next(checksums)
			.build();
	}

}
