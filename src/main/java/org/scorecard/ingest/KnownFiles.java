package org.scorecard.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scorecard.run.RunContexts;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files read once: a file of the run whose bytes (SHA-256) and kind an earlier run already read to the
 * end under the same checks (the same intake key) is not read again; its rows, what became of its
 * sheets and its count of rows read are copied from the latest such run, and the file notes where
 * they came from. The files are taken in slices of {@code scorecard.reuse.files-per-slice} file numbers
 * (default {@value #FILES_PER_SLICE}), one
 * committed transaction each (H2 copied a million rows in one transaction in 43 s, more than reading
 * them took); a slice marks its files and copies their rows and sheets together, so a kill leaves a
 * slice whole or untouched, and a restart goes on from the slice saved with the last commit (a slice
 * done again finds its files read already and copies nothing twice). The ingestion then reads only the other files.
 * Rows are copied as they were stored, accepted rows current again: revisions are settled afterwards
 * over all the run's files, as for rows just read. A file that could not be read is read again (the
 * reason may have been the file changing while it was read); a run asked to be cold reuses nothing.
 */
@Component
public class KnownFiles implements Tasklet {

	/** File numbers per transaction by default (about 18,000 rows at a million rows of history). */
	static final int FILES_PER_SLICE = 1000;

	/** The step's progress, kept in its execution context: the first file number of the next slice. */
	private static final String NEXT = "reuse.next";

	/** Every row of the files marked reused, in one statement (9,900 statements of one file each: 6.3 s for 100,000 rows on H2). */
	private static final String COPY_ROWS = "INSERT INTO submission_row (run_id, file_id, line, sheet, agency, period, "
			+ "indicator, value_text, unit, value_num, submitted_at, submitted_at_text, note, raw, code, message, is_current, "
			+ "sheet_no, message_alt) SELECT f.run_id, f.file_id, r.line, r.sheet, r.agency, r.period, r.indicator, "
			+ "r.value_text, r.unit, r.value_num, r.submitted_at, r.submitted_at_text, r.note, r.raw, r.code, r.message, "
			+ "CASE WHEN r.code IS NULL THEN TRUE ELSE FALSE END, r.sheet_no, r.message_alt FROM input_file f "
			+ "JOIN submission_row r ON r.run_id = f.reused_run AND r.file_id = f.reused_file WHERE f.run_id = ? "
			+ "AND f.file_id >= ? AND f.file_id < ? AND f.reused_run IS NOT NULL";

	/**
	 * The same for a slice some of whose files already have rows (a slice done again): only the files
	 * without any. PostgreSQL, whose statistics were taken before the copy began, plans this as a scan
	 * of all the run's rows per file (1 min 30 s for one slice of 100,000 rows of history), so it is
	 * used only where a slice finds rows of its own already, which a slice committed whole never does.
	 */
	private static final String COPY_MISSING_ROWS = COPY_ROWS + " AND NOT EXISTS (SELECT 1 FROM submission_row x "
			+ "WHERE x.run_id = f.run_id AND x.file_id = f.file_id)";

	private static final String COPY_SHEETS = "INSERT INTO input_sheet (run_id, file_id, sheet_no, name, status, reason, "
			+ "rows_read) SELECT f.run_id, f.file_id, s.sheet_no, s.name, s.status, s.reason, s.rows_read FROM input_file f "
			+ "JOIN input_sheet s ON s.run_id = f.reused_run AND s.file_id = f.reused_file WHERE f.run_id = ? "
			+ "AND f.file_id >= ? AND f.file_id < ? AND f.reused_run IS NOT NULL";

	private static final String COPY_MISSING_SHEETS = COPY_SHEETS + " AND NOT EXISTS (SELECT 1 FROM input_sheet x "
			+ "WHERE x.run_id = f.run_id AND x.file_id = f.file_id)";

	/**
	 * A reused file is marked read, with the earlier file's counts and sender as a first guess of its
	 * own: the account step writes only the files whose stored rows say otherwise (60,695 files' updates
	 * were 2.7 s of that step at a million rows of history).
	 */
	private static final String MARK_FILE = "UPDATE input_file SET status = 'read', rows_read = ?, message = ?, "
			+ "message_alt = ?, reused_run = ?, reused_file = ?, rows_accepted = ?, rows_rejected = ?, sender = ? "
			+ "WHERE run_id = ? AND file_id = ?";

	private final JdbcTemplate jdbc;

	private final int filesPerSlice;

	public KnownFiles(JdbcTemplate jdbc,
			@Value("${scorecard.reuse.files-per-slice:" + FILES_PER_SLICE + "}") int filesPerSlice) {
		this.jdbc = jdbc;
		this.filesPerSlice = Math.max(1, filesPerSlice);
	}

	/** A file of the run and the earlier run's file its rows are copied from. */
	record Reuse(int fileId, long fromRun, int fromFile, long rowsRead, String message, String messageAlt,
			Long rowsAccepted, Long rowsRejected, String sender) {
	}

	/** One slice of file numbers per call, committed with the slice reached. */
	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		long runId = ((Number) chunk.getStepContext().getJobParameters().get(RunContexts.RUN_ID)).longValue();
		ExecutionContext progress = chunk.getStepContext().getStepExecution().getExecutionContext();
		Map<String, Object> run = jdbc.queryForMap("SELECT intake_key, cold FROM run WHERE id = ?", runId);
		String key = (String) run.get("intake_key");
		Integer last = jdbc.queryForObject("SELECT MAX(file_id) FROM input_file WHERE run_id = ?", Integer.class, runId);
		int from = progress.getInt(NEXT, 1);
		if (key == null || Boolean.TRUE.equals(run.get("cold")) || last == null || from > last) {
			return RepeatStatus.FINISHED;
		}
		int to = from + filesPerSlice;
		List<Object[]> marks = new ArrayList<>();
		for (Reuse reuse : donors(runId, key, from, to)) {
			marks.add(new Object[] { reuse.rowsRead(), reuse.message(), reuse.messageAlt(), reuse.fromRun(),
					reuse.fromFile(), reuse.rowsAccepted(), reuse.rowsRejected(), reuse.sender(), runId, reuse.fileId() });
		}
		if (!marks.isEmpty()) {
			jdbc.batchUpdate(MARK_FILE, marks);
			jdbc.update(copied(runId, from, to, "submission_row") ? COPY_MISSING_ROWS : COPY_ROWS, runId, from, to);
			jdbc.update(copied(runId, from, to, "input_sheet") ? COPY_MISSING_SHEETS : COPY_SHEETS, runId, from, to);
		}
		progress.putInt(NEXT, to);
		return to > last ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
	}

	/** Whether some file of the slice already has rows (or sheets) of this run: one look along the primary key. */
	private boolean copied(long runId, int from, int to, String table) {
		return !jdbc.queryForList("SELECT file_id FROM " + table + " WHERE run_id = ? AND file_id >= ? AND file_id < ? "
				+ "FETCH FIRST 1 ROWS ONLY", Integer.class, runId, from, to).isEmpty();
	}

	/**
	 * For every file still to read, the latest earlier run with the same intake key that read a file of
	 * the same bytes and kind to the end, and that file (the first of them, if the run had the bytes twice).
	 */
	private List<Reuse> donors(long runId, String key, int from, int to) {
		return jdbc.query("SELECT m.file_id, m.from_run, d.file_id AS from_file, d.rows_read, d.message, d.message_alt, "
				+ "d.rows_accepted, d.rows_rejected, d.sender "
				+ "FROM (SELECT f.file_id, f.sha256, f.kind, MAX(d.run_id) AS from_run FROM input_file f "
				+ "JOIN input_file d ON d.sha256 = f.sha256 AND d.kind = f.kind AND d.status = 'read' AND d.run_id < f.run_id "
				+ "JOIN run r ON r.id = d.run_id AND r.intake_key = ? "
				+ "WHERE f.run_id = ? AND f.file_id >= ? AND f.file_id < ? AND f.status = 'pending' "
				+ "AND f.kind IN ('CSV', 'XLSX', 'XLS') "
				+ "GROUP BY f.file_id, f.sha256, f.kind) m "
				+ "JOIN input_file d ON d.run_id = m.from_run AND d.sha256 = m.sha256 AND d.kind = m.kind AND d.status = 'read' "
				+ "AND d.file_id = (SELECT MIN(e.file_id) FROM input_file e WHERE e.run_id = m.from_run "
				+ "AND e.sha256 = m.sha256 AND e.kind = m.kind AND e.status = 'read') ORDER BY m.file_id",
				(rs, n) -> new Reuse(rs.getInt("file_id"), rs.getLong("from_run"), rs.getInt("from_file"),
						rs.getLong("rows_read"), rs.getString("message"), rs.getString("message_alt"),
						rs.getObject("rows_accepted", Long.class), rs.getObject("rows_rejected", Long.class),
						rs.getString("sender")),
				key, runId, from, to);
	}

}
