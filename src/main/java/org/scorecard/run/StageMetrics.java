package org.scorecard.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Prints, when each step of the job ends, its time and the peak heap while it ran:
 * {@code stage ingest: 3.1 s, peak heap 212 MB} (the sum of the heap pools' peaks since the step
 * began, an upper bound of the heap in use). The benchmark reads these lines. The job configuration
 * adds it to every step but the partition workers, which run in parallel and are measured by their
 * manager step.
 */
@Component
public class StageMetrics implements StepExecutionListener {

	private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP)
		.toList();

	private final ObjectProvider<RunLogs> logs;

	StageMetrics(ObjectProvider<RunLogs> logs) {
		this.logs = logs;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		double seconds = stepExecution.getStartTime() == null ? 0
				: java.time.Duration.between(stepExecution.getStartTime(), java.time.LocalDateTime.now()).toMillis() / 1000.0;
		RunLogs log = logs.getObject();
		log.progress("run.progress.stage", "step", stepExecution.getStepName(), "seconds", log.number(seconds, 1), "mb",
				peak / (1024 * 1024));
		return stepExecution.getExitStatus();
	}

}
