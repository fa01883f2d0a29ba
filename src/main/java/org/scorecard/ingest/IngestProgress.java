package org.scorecard.ingest;

import org.scorecard.run.RunLogs;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Progress of the ingest step, at most every two seconds and once at the end of the files: rows
 * stored, files done out of all, rows per second.
 */
@Component
class IngestProgress implements ItemWriteListener<IngestItem> {

	private static final long EVERY_NANOS = 2_000_000_000L;

	private final RunLogs logs;

	private final JdbcTemplate jdbc;

	private long stepExecution = -1;

	private long rows;

	private long files;

	private long totalFiles;

	private long started;

	private long lastPrinted;

	private boolean done;

	IngestProgress(RunLogs logs, JdbcTemplate jdbc) {
		this.logs = logs;
		this.jdbc = jdbc;
	}

	@Override
	public synchronized void afterWrite(Chunk<? extends IngestItem> items) {
		var context = StepSynchronizationManager.getContext();
		if (context == null) {
			return;
		}
		long now = System.nanoTime();
		boolean first = context.getStepExecution().getId() != stepExecution;
		if (first) {
			stepExecution = context.getStepExecution().getId();
			long runId = ((Number) context.getJobParameters().get("run.id")).longValue();
			totalFiles = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status <> 'skipped'",
					Long.class, runId);
			files = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ? AND status IN ('read', "
					+ "'unreadable')", Long.class, runId);
			rows = 0;
			started = now;
			lastPrinted = now;
			done = false;
		}
		for (IngestItem item : items) {
			if (item instanceof IngestItem.Row) {
				rows++;
			}
			else if (!first) {
				// the first chunk's files are already in the count read from the database
				files++;
			}
		}
		boolean last = files >= totalFiles && !done;
		if (now - lastPrinted >= EVERY_NANOS || last) {
			done = done || last;
			lastPrinted = now;
			double seconds = Math.max(0.001, (now - started) / 1e9);
			logs.progress("run.progress.ingest", "rows", logs.number(rows, 0), "files", logs.number(files, 0), "total",
					logs.number(totalFiles, 0), "percent", totalFiles == 0 ? 100 : files * 100 / totalFiles, "speed",
					logs.number(rows / seconds, 0));
		}
	}

}
