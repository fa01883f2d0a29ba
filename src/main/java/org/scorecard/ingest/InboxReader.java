package org.scorecard.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.scorecard.submission.FileKind;
import org.scorecard.submission.RowSource;
import org.scorecard.submission.RowSource.UnreadableFileException;
import org.scorecard.submission.SheetOutcome;
import org.scorecard.submission.SubmissionFile;
import org.scorecard.text.Messages;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every submission file of the run's inbox (CSV, workbooks, and refused kinds, which fail as
 * unreadable) in processing order, row by row, but for the files whose rows were copied from an earlier
 * run ({@link KnownFiles}). Its position
 * (file and row within the file) is saved with every chunk, so a restarted step resumes after the
 * last committed row and no row is stored twice.
 */
public class InboxReader implements ItemStreamReader<IngestItem> {

	private static final String FILE_INDEX = "inbox.fileIndex";

	private static final String ROWS_IN_FILE = "inbox.rowsInFile";

	private final JdbcTemplate jdbc;

	private final long runId;

	private final Path inbox;

	private List<SubmissionFile> files;

	private int fileIndex;

	private long rowsInFile;

	private long rowsToSkip;

	private RowSource source;

	private final Messages messages;

	private final Messages second;

	/** {@code second}: the messages of the run's second language, or null. */
	public InboxReader(JdbcTemplate jdbc, long runId, Path inbox, Messages messages, Messages second) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.second = second;
		this.runId = runId;
		this.inbox = inbox;
	}

	@Override
	public void open(ExecutionContext context) {
		files = jdbc.query("SELECT file_id, path, kind, sha256, size_bytes, message FROM input_file WHERE run_id = ? "
				+ "AND kind <> 'SKIPPED' AND reused_run IS NULL ORDER BY file_id",
				(rs, n) -> new SubmissionFile(rs.getInt("file_id"), rs.getString("path"),
						inbox.resolve(rs.getString("path")), FileKind.valueOf(rs.getString("kind")),
						rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("message")),
				runId);
		fileIndex = context.getInt(FILE_INDEX, 0);
		rowsInFile = context.getLong(ROWS_IN_FILE, 0L);
		rowsToSkip = rowsInFile;
	}

	@Override
	public IngestItem read() {
		while (fileIndex < files.size()) {
			SubmissionFile file = files.get(fileIndex);
			try {
				if (source == null) {
					source = RowSource.open(file, messages);
					for (; rowsToSkip > 0 && source.hasNext(); rowsToSkip--) {
						source.next();
					}
				}
				if (source.hasNext()) {
					rowsInFile++;
					return new IngestItem.Row(source.next(), null);
				}
				long counted = rowsInFile;
				List<SheetOutcome> sheets = source.sheets();
				nextFile();
				return new IngestItem.FileEnd(file.fileId(), counted, sheets);
			}
			catch (UnreadableFileException ex) {
				nextFile();
				return new IngestItem.FileFailed(file.fileId(), messages.render(ex.reason()),
						second == null ? null : second.render(ex.reason()));
			}
		}
		return null;
	}

	private void nextFile() {
		closeSource();
		fileIndex++;
		rowsInFile = 0;
		rowsToSkip = 0;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE_INDEX, fileIndex);
		context.putLong(ROWS_IN_FILE, rowsInFile);
	}

	@Override
	public void close() {
		closeSource();
	}

	private void closeSource() {
		if (source != null) {
			try {
				source.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				source = null;
			}
		}
	}

}
