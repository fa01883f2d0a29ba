package org.scorecard.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.scorecard.aggregation.Decimals;
import org.scorecard.changes.Changes;
import org.scorecard.changes.EditionChanges;
import org.scorecard.completeness.Completeness;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Operator;
import org.scorecard.reference.Task;
import org.scorecard.run.Run;
import org.scorecard.task.TaskStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.scorecard.period.EditionKind;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.files.AtomicFile;
import org.scorecard.run.RunContext;
import org.scorecard.quality.Questioned;
import java.util.Set;

/**
 * {@code summary.json} for machines: the run's identity, per input file its hash and row counts,
 * completeness and timeliness of the expected reporters, the tasks' statuses, the results, the quality
 * findings, and what changed since the previous edition of the period.
 */
class SummaryJson {

	/** The version of summary.json's shape ({@code summary.schema.json}, in the jar and in the source tree). */
	static final String SCHEMA_VERSION = "2";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
		.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

	private static final String RESULTS = "SELECT r.*, i.unit, t.measure, t.op, t.value_num AS t_value, "
			+ "t.value_max AS t_value_max FROM result r "
			+ "JOIN indicator i ON i.run_id = r.run_id AND i.code = r.indicator "
			+ "LEFT JOIN target t ON t.run_id = r.run_id AND t.agency = r.agency AND t.indicator = r.indicator "
			+ "AND t.target_year = ? WHERE r.run_id = ? ORDER BY r.agency, r.indicator";

	private final JdbcTemplate jdbc;

	SummaryJson(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, Object> completeness(ReportingStatus status) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("agency", status.agency());
		entry.put("status", status.status());
		entry.put("first_submitted_at", ReportingPeriod.time(status.firstSubmittedAt()));
		return entry;
	}

	private Streamed results(long runId, int year, Set<String> questioned) {
		return new Streamed(jdbc, RESULTS, (rs, n) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("agency", rs.getString("agency"));
			entry.put("indicator", rs.getString("indicator"));
			entry.put("unit", rs.getString("unit"));
			entry.put("month", Decimals.normalized(rs.getBigDecimal("month_value")));
			entry.put("ytd", Decimals.normalized(rs.getBigDecimal("ytd")));
			entry.put("ytd_prev", Decimals.normalized(rs.getBigDecimal("ytd_prev")));
			entry.put("growth_month", Decimals.normalized(rs.getBigDecimal("growth_month")));
			entry.put("growth_ytd", Decimals.normalized(rs.getBigDecimal("growth_ytd")));
			entry.put("months_reported", rs.getInt("months_reported"));
			entry.put("rolled_up", rs.getBoolean("rolled_up"));
			if (rs.getString("measure") == null) {
				entry.put("target", null);
			}
			else {
				Map<String, Object> target = new LinkedHashMap<>();
				target.put("measure", Measure.valueOf(rs.getString("measure")).code());
				target.put("operator", Operator.valueOf(rs.getString("op")).symbol());
				target.put("value", Decimals.normalized(rs.getBigDecimal("t_value")));
				target.put("value_max", Decimals.normalized(rs.getBigDecimal("t_value_max")));
				entry.put("target", target);
			}
			entry.put("status", rs.getString("status"));
			entry.put("status_prev", rs.getString("status_prev"));
			entry.put("measured", Decimals.normalized(rs.getBigDecimal("measured")));
			entry.put("expected", Decimals.normalized(rs.getBigDecimal("expected")));
			entry.put("tolerance", Decimals.normalized(rs.getBigDecimal("tolerance")));
			entry.put("in_question", questioned.contains(rs.getString("agency") + " " + rs.getString("indicator")));
			// quarter_months is set on quarter-closing runs only, even where the quarter has no value
			rs.getInt("quarter_months");
			if (!rs.wasNull()) {
				Map<String, Object> quarter = new LinkedHashMap<>();
				quarter.put("value", Decimals.normalized(rs.getBigDecimal("quarter_value")));
				quarter.put("value_prev", Decimals.normalized(rs.getBigDecimal("quarter_prev")));
				quarter.put("growth", Decimals.normalized(rs.getBigDecimal("growth_quarter")));
				quarter.put("months_reported", rs.getInt("quarter_months"));
				entry.put("quarter", quarter);
			}
			return entry;
		}, year, runId);
	}

	private Streamed quality(long runId) {
		return new Streamed(jdbc, "SELECT kind, agency, period, indicator, rule, message FROM quality_finding WHERE run_id = ? "
				+ "ORDER BY position", (rs, n) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("kind", rs.getString("kind"));
					entry.put("agency", rs.getString("agency"));
					entry.put("period", rs.getString("period"));
					entry.put("indicator", rs.getString("indicator"));
					entry.put("rule", rs.getString("rule"));
					entry.put("message", rs.getString("message"));
					return entry;
				}, runId);
	}

	/**
	 * A JSON array written row by row as the query runs, while the summary is serialized: the inputs
	 * (one per file of the whole history), the results and the findings are never all in memory at
	 * once (built as lists first, 60,000 files' entries held about 50 MB, the largest object of a warm
	 * run over a million rows of history).
	 */
	private static final class Streamed extends JsonSerializable.Base {

		private final JdbcTemplate jdbc;

		private final String sql;

		private final RowMapper<?> mapper;

		private final Object[] args;

		Streamed(JdbcTemplate jdbc, String sql, RowMapper<?> mapper, Object... args) {
			this.jdbc = jdbc;
			this.sql = sql;
			this.mapper = mapper;
			this.args = args;
		}

		@Override
		public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
			gen.writeStartArray();
			try {
				jdbc.query(sql, rs -> {
					try {
						provider.defaultSerializeValue(mapper.mapRow(rs, rs.getRow()), gen);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}, args);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			gen.writeEndArray();
		}

		@Override
		public void serializeWithType(JsonGenerator gen, SerializerProvider provider, TypeSerializer type)
				throws IOException {
			serialize(gen, provider);
		}

	}

	/** What changed since the previous edition: the files, and per changed result its figures, status and files. */
	private static Map<String, Object> changes(EditionChanges changes) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("previous_run_id", changes.previousRunId());
		entry.put("previous_edition", changes.previousEdition());
		Map<String, Object> files = new LinkedHashMap<>();
		files.put("added", changes.added());
		files.put("removed", changes.removed());
		files.put("replaced", changes.replaced());
		entry.put("files", files);
		List<Map<String, Object>> results = new ArrayList<>();
		for (EditionChanges.Change change : changes.results()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("agency", change.agency());
			result.put("indicator", change.indicator());
			Map<String, Object> figures = new LinkedHashMap<>();
			for (EditionChanges.Figure figure : change.figures()) {
				figures.put(figure.name(), beforeAfter(Decimals.normalized(figure.before()),
						Decimals.normalized(figure.after())));
			}
			result.put("figures", figures);
			if (change.statusChanged()) {
				result.put("status", beforeAfter(change.statusBefore(), change.statusAfter()));
			}
			result.put("files", change.files());
			results.add(result);
		}
		entry.put("results", results);
		return entry;
	}

	private static Map<String, Object> beforeAfter(Object before, Object after) {
		Map<String, Object> pair = new LinkedHashMap<>();
		pair.put("before", before);
		pair.put("after", after);
		return pair;
	}

	/** Per workbook, what became of each sheet: read as a form (with its rows) or skipped, and why. */
	private Map<Integer, List<Map<String, Object>>> sheets(long runId) {
		Map<Integer, List<Map<String, Object>>> sheets = new LinkedHashMap<>();
		jdbc.query("SELECT file_id, sheet_no, name, status, reason, rows_read FROM input_sheet WHERE run_id = ? "
				+ "ORDER BY file_id, sheet_no", rs -> {
					Map<String, Object> sheet = new LinkedHashMap<>();
					sheet.put("sheet", rs.getString("name"));
					sheet.put("position", rs.getInt("sheet_no"));
					sheet.put("status", rs.getString("status"));
					if (rs.getString("status").equals("read")) {
						sheet.put("read", rs.getLong("rows_read"));
					}
					else {
						sheet.put("reason", rs.getString("reason"));
					}
					sheets.computeIfAbsent(rs.getInt("file_id"), id -> new ArrayList<>()).add(sheet);
				}, runId);
		return sheets;
	}

	void write(RunContext context, Instant generatedAt, Path target) throws IOException {
		Run run = context.accounted();
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("schema_version", SCHEMA_VERSION);
		summary.put("period", run.period().toString());
		summary.put("run_id", run.id());
		summary.put("edition", run.edition());
		summary.put("edition_kind", EditionKind.of(run.period().month()).code());
		summary.put("generated_at", ReportingPeriod.time(generatedAt));
		summary.put("fingerprint", run.fingerprint());
		Map<Integer, List<Map<String, Object>>> sheets = sheets(run.id());
		summary.put("inputs", new Streamed(jdbc, "SELECT file_id, path, sha256, status, rows_read, rows_accepted, "
				+ "rows_rejected, message, sender FROM input_file WHERE run_id = ? AND status <> 'skipped' ORDER BY file_id",
				(rs, n) -> {
					Map<String, Object> input = new LinkedHashMap<>();
					input.put("file", rs.getString("path"));
					input.put("sha256", rs.getString("sha256"));
					input.put("read", rs.getLong("rows_read"));
					input.put("accepted", rs.getLong("rows_accepted"));
					input.put("rejected", rs.getLong("rows_rejected"));
					input.put("status", rs.getString("status"));
					input.put("sender", rs.getString("sender"));
					if (rs.getString("message") != null) {
						input.put("message", rs.getString("message"));
					}
					if (sheets.containsKey(rs.getInt("file_id"))) {
						input.put("sheets", sheets.get(rs.getInt("file_id")));
					}
					return input;
				}, run.id()));
		summary.put("skipped", new Streamed(jdbc,
				"SELECT path, message FROM input_file WHERE run_id = ? AND status = 'skipped' ORDER BY file_id", (rs, n) -> {
					Map<String, Object> file = new LinkedHashMap<>();
					file.put("file", rs.getString("path"));
					file.put("reason", rs.getString("message"));
					return file;
				}, run.id()));
		summary.put("unattributed", new Streamed(jdbc, "SELECT path FROM input_file WHERE run_id = ? "
				+ "AND status <> 'skipped' AND sender IS NULL ORDER BY file_id", (rs, n) -> rs.getString("path"), run.id()));
		Map<String, Long> totals = new LinkedHashMap<>();
		totals.put("read", run.rowsRead());
		totals.put("accepted", run.rowsAccepted());
		totals.put("rejected", run.rowsRejected());
		summary.put("totals", totals);
		List<ReportingStatus> statuses = context.statuses();
		summary.put("completeness", statuses.stream().map(SummaryJson::completeness).toList());
		Completeness.Rates rates = Completeness.rates(statuses);
		Map<String, Object> reporting = new LinkedHashMap<>();
		reporting.put("deadline", ReportingPeriod.time(context.deadlineEnd().minusNanos(1)));
		reporting.put("expected", rates.expected());
		reporting.put("on_time", rates.onTime());
		reporting.put("late", rates.late());
		reporting.put("missing", rates.missing());
		reporting.put("reporting_rate", rates.reportingRate());
		reporting.put("on_time_rate", rates.onTimeRate());
		summary.put("reporting", reporting);
		LocalDate asOf = context.asOf();
		List<Map<String, Object>> tasks = new ArrayList<>();
		for (Task task : context.reference().tasks()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", task.id());
			entry.put("title", task.title());
			entry.put("lead_agency", task.leadAgency());
			entry.put("due_date", task.dueDate().toString());
			entry.put("completed_on", task.completedOn() == null ? null : task.completedOn().toString());
			entry.put("status", TaskStatus.of(task, asOf).code());
			tasks.add(entry);
		}
		summary.put("tasks", tasks);
		summary.put("results",
				results(run.id(), run.period().year(), Questioned.of(jdbc, run.id(), context.reference())));
		summary.put("quality", quality(run.id()));
		summary.put("changes", changes(new Changes(jdbc).since(run, context.reference())));
		AtomicFile.write(target, out -> JSON.writeValue(out, summary));
	}

}
