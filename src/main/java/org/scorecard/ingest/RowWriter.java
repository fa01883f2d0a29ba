package org.scorecard.ingest;

import java.util.ArrayList;
import java.util.List;

import org.scorecard.submission.CheckedRow;
import org.scorecard.submission.RawRow;
import org.scorecard.submission.SheetOutcome;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.period.Utc;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Stores a chunk with JDBC batch inserts: every row, accepted or rejected, with its provenance; and
 * the file markers (with what became of each sheet of a workbook), in order, inside the chunk's
 * transaction.
 */
public class RowWriter implements ItemWriter<IngestItem> {

	/**
	 * Step execution context keys: the file markers among the items this step execution handled, and
	 * the rows it removed again (of files that failed part way), so that the run's step table can count
	 * rows rather than items.
	 */
	public static final String MARKERS = "ingest.markers";

	public static final String REMOVED = "ingest.removed";

	private static final String INSERT = "INSERT INTO submission_row (run_id, file_id, line, sheet, agency, period, "
			+ "indicator, value_text, unit, value_num, submitted_at, submitted_at_text, note, raw, code, message, is_current, "
			+ "sheet_no, message_alt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final long runId;

	public RowWriter(JdbcTemplate jdbc, long runId) {
		this.jdbc = jdbc;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends IngestItem> chunk) {
		List<CheckedRow> rows = new ArrayList<>();
		List<Object[]> ends = new ArrayList<>();
		List<Object[]> sheets = new ArrayList<>();
		long markers = 0;
		long removed = 0;
		for (IngestItem item : chunk) {
			switch (item) {
				case IngestItem.Row row -> rows.add(row.checked());
				case IngestItem.FileEnd end -> {
					markers++;
					ends.add(new Object[] { end.rowsRead(), runId, end.fileId() });
					for (SheetOutcome sheet : end.sheets()) {
						sheets.add(new Object[] { runId, end.fileId(), sheet.position(), clip(sheet.name(), 100),
								sheet.read() ? "read" : "skipped", clip(sheet.reason(), 1000), sheet.rows() });
					}
				}
				case IngestItem.FileFailed failed -> {
					// rows of the file stored before its failure are removed in the same transaction
					markers++;
					insert(rows);
					removed += jdbc.update("DELETE FROM submission_row WHERE run_id = ? AND file_id = ?", runId,
							failed.fileId());
					jdbc.update("UPDATE input_file SET status = 'unreadable', message = ?, message_alt = ?, rows_read = 0 "
							+ "WHERE run_id = ? AND file_id = ?", clip(failed.message(), 2000), clip(failed.messageAlt(), 2000),
							runId, failed.fileId());
				}
			}
		}
		insert(rows);
		// the files that ended in this chunk, in one batch, in the chunk's transaction
		if (!ends.isEmpty()) {
			jdbc.batchUpdate("UPDATE input_file SET status = 'read', rows_read = ? WHERE run_id = ? AND file_id = ?",
					ends);
		}
		if (!sheets.isEmpty()) {
			jdbc.batchUpdate("INSERT INTO input_sheet (run_id, file_id, sheet_no, name, status, reason, rows_read) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?)", sheets);
		}
		count(markers, removed);
	}

	/**
	 * Adds to the step execution's counts once the chunk has committed (a chunk rolled back counts for
	 * nothing, like Spring Batch's own counts). The keys carry the execution's id: a restarted step
	 * starts from a copy of the failed execution's context.
	 */
	private static void count(long markers, long removed) {
		StepContext step = StepSynchronizationManager.getContext();
		if (step == null) {
			return;
		}
		StepExecution execution = step.getStepExecution();
		Runnable add = () -> {
			ExecutionContext context = execution.getExecutionContext();
			context.putLong(MARKERS + "." + execution.getId(), context.getLong(MARKERS + "." + execution.getId(), 0) + markers);
			context.putLong(REMOVED + "." + execution.getId(), context.getLong(REMOVED + "." + execution.getId(), 0) + removed);
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					add.run();
				}

			});
		}
		else {
			add.run();
		}
	}

	/** The rows (not file markers) a step execution of the ingestion read and kept: {read, written}. */
	public static long[] rows(StepExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		long markers = context.getLong(MARKERS + "." + execution.getId(), 0);
		long removed = context.getLong(REMOVED + "." + execution.getId(), 0);
		return new long[] { execution.getReadCount() - markers, execution.getWriteCount() - markers - removed };
	}

	private void insert(List<CheckedRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, checked) -> {
			RawRow raw = checked.row();
			ps.setLong(1, runId);
			ps.setInt(2, raw.fileId());
			ps.setLong(3, raw.line());
			ps.setString(4, clip(raw.sheet(), 100));
			ps.setString(5, clip(raw.agency(), 200));
			ps.setString(6, clip(raw.period(), 100));
			ps.setString(7, clip(raw.indicator(), 200));
			ps.setString(8, clip(raw.valueAsSent(), 200));
			ps.setString(9, clip(raw.unit(), 100));
			ps.setBigDecimal(10, checked.value());
			ps.setObject(11, Utc.dateTime(checked.submittedAt()));
			ps.setString(12, clip(raw.submittedAt(), 100));
			ps.setString(13, clip(raw.note(), 4000));
			ps.setString(14, clip(raw.raw(), 8000));
			ps.setString(15, checked.code() == null ? null : checked.code().name());
			ps.setString(16, clip(checked.message(), 2000));
			// accepted rows start as current; settling revisions marks the few superseded ones
			ps.setBoolean(17, checked.code() == null);
			ps.setInt(18, raw.sheetNo());
			ps.setString(19, clip(checked.messageAlt(), 2000));
		});
		rows.clear();
	}

	/**
	 * Cuts text to a column's width, marking the cut, so a hostile 10 MB field cannot fail the insert; a
	 * NUL character (an Excel 97-2003 string may hold one) is stored escaped, as PostgreSQL refuses it in
	 * text and both databases must store the same.
	 */
	static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String stored = text.indexOf('\0') >= 0 ? text.replace("\0", "\\u0000") : text;
		return stored.length() <= max ? stored : stored.substring(0, max - 1) + "…";
	}

}
