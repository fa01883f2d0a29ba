package org.scorecard.run;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.submission.FileKind;
import org.scorecard.text.Language;
import org.scorecard.submission.SubmissionFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.scorecard.period.Utc;

/** The {@code run} and {@code input_file} tables. */
@Repository
public class RunRepository {

	private static final String COLUMNS = "id, period, fingerprint, edition, status, created_at, ended_at, reference_dir, "
			+ "inbox_dir, out_dir, cutoff, deadline_days, rows_read, rows_accepted, rows_rejected, message, lang, templates_dir";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public RunRepository(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Stores a new run with its files in one transaction: a process killed part way (or a database that
	 * loses its last commits with it, as H2 may) leaves either no run or a run with every file, never a
	 * run whose restart would read only some of the inbox (the crash script found that: a whole set of
	 * files missing from a restarted run, their rows lost, its accounting still balanced).
	 */
	@Transactional
	long create(RunRequest request, String fingerprint, List<SubmissionFile> files) {
		return create(request, fingerprint, null, files, Map.of());
	}

	/**
	 * {@code intakeKey}: what the run's stored rows depend on besides the files' bytes ({@link IntakeKey});
	 * {@code secondReasons}: the files' reasons in the run's second language, by path ({@code message_alt}).
	 */
	@Transactional
	long create(RunRequest request, String fingerprint, String intakeKey, List<SubmissionFile> files,
			Map<String, String> secondReasons) {
		Integer editions = jdbc.queryForObject("SELECT COUNT(*) FROM run WHERE period = ?", Integer.class,
				request.period().toString());
		var keys = new GeneratedKeyHolder();
		jdbc.update(con -> {
			var ps = con.prepareStatement("INSERT INTO run (period, fingerprint, edition, status, created_at, "
					+ "reference_dir, inbox_dir, out_dir, cutoff, deadline_days, lang, templates_dir, intake_key, cold) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			ps.setString(1, request.period().toString());
			ps.setString(2, fingerprint);
			ps.setInt(3, editions + 1);
			ps.setString(4, RunStatus.STARTED.name());
			ps.setObject(5, Utc.dateTime(clock.instant()));
			ps.setString(6, request.referenceDir().toString());
			ps.setString(7, request.inboxDir().toString());
			ps.setString(8, request.outDir().toString());
			ps.setString(9, request.cutoff().name());
			ps.setInt(10, request.deadlineDays());
			ps.setString(11, String.join(",", request.langs().stream().map(Language::code).toList()));
			ps.setString(12, request.templatesDir().toString());
			ps.setString(13, intakeKey);
			ps.setBoolean(14, request.cold());
			return ps;
		}, keys);
		long runId = keys.getKey().longValue();
		jdbc.batchUpdate("INSERT INTO input_file (run_id, file_id, path, kind, sha256, size_bytes, status, message, "
				+ "message_alt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", files, 500, (ps, file) -> {
					ps.setLong(1, runId);
					ps.setInt(2, file.fileId());
					ps.setString(3, file.path());
					ps.setString(4, file.kind().name());
					ps.setString(5, file.sha256());
					ps.setLong(6, file.sizeBytes());
					ps.setString(7, file.kind() == FileKind.SKIPPED ? "skipped" : "pending");
					ps.setString(8, file.reason());
					ps.setString(9, file.reason() == null ? null : secondReasons.get(file.path()));
				});
		return runId;
	}

	public Optional<Run> find(long runId) {
		return jdbc.query("SELECT " + COLUMNS + " FROM run WHERE id = ?", RunRepository::map, runId).stream().findFirst();
	}

	Optional<Run> latest(String period) {
		return jdbc.query("SELECT " + COLUMNS + " FROM run WHERE period = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
				RunRepository::map, period).stream().findFirst();
	}

	public List<Run> list(int last) {
		return jdbc.query("SELECT " + COLUMNS + " FROM run ORDER BY id DESC FETCH FIRST " + last + " ROWS ONLY",
				RunRepository::map);
	}

	void finish(long runId, RunStatus status, String message) {
		jdbc.update("UPDATE run SET status = ?, ended_at = ?, message = ? WHERE id = ?", status.name(),
				Utc.dateTime(clock.instant()), message, runId);
	}

	void markStarted(long runId) {
		jdbc.update("UPDATE run SET status = ?, ended_at = NULL, message = NULL WHERE id = ?",
				RunStatus.STARTED.name(), runId);
	}

	public void recordTotals(long runId) {
		jdbc.update("UPDATE run SET rows_read = (SELECT SUM(rows_read) FROM input_file WHERE run_id = ?), "
				+ "rows_accepted = (SELECT SUM(rows_accepted) FROM input_file WHERE run_id = ?), "
				+ "rows_rejected = (SELECT SUM(rows_rejected) FROM input_file WHERE run_id = ?) WHERE id = ?", runId, runId,
				runId, runId);
	}

	/** The one place a run's stored strings become types. */
	private static Language second(String langs) {
		String[] codes = langs.split(",");
		return codes.length > 1 ? Language.of(codes[1]) : null;
	}

	private static Run map(ResultSet rs, int row) throws SQLException {
		return new Run(rs.getLong("id"), ReportingPeriod.parse(rs.getString("period")), rs.getString("fingerprint"),
				rs.getInt("edition"), RunStatus.valueOf(rs.getString("status")),
				Utc.instant(rs.getObject("created_at", LocalDateTime.class)),
				Utc.instant(rs.getObject("ended_at", LocalDateTime.class)), Path.of(rs.getString("reference_dir")),
				Path.of(rs.getString("inbox_dir")), Path.of(rs.getString("out_dir")), Cutoff.valueOf(rs.getString("cutoff")),
				rs.getInt("deadline_days"), rs.getObject("rows_read", Long.class), rs.getObject("rows_accepted", Long.class),
				rs.getObject("rows_rejected", Long.class), rs.getString("message"), Language.of(rs.getString("lang").split(",")[0]),
				Path.of(rs.getString("templates_dir")), second(rs.getString("lang")));
	}

}
