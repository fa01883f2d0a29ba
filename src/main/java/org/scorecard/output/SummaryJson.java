package org.scorecard.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.scorecard.run.Run;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code summary.json} for machines: the run's identity and, per input file, its hash and row counts. */
class SummaryJson {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SummaryJson(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write(Run run, Path target) throws IOException {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("period", run.period());
		summary.put("run_id", run.id());
		summary.put("edition", run.edition());
		summary.put("generated_at", clock.instant().toString());
		summary.put("fingerprint", run.fingerprint());
		List<Map<String, Object>> inputs = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		jdbc.query("SELECT path, sha256, status, rows_read, rows_accepted, rows_rejected, message FROM input_file "
				+ "WHERE run_id = ? ORDER BY file_id", rs -> {
					if (rs.getString("status").equals("skipped")) {
						skipped.add(rs.getString("path"));
						return;
					}
					Map<String, Object> input = new LinkedHashMap<>();
					input.put("file", rs.getString("path"));
					input.put("sha256", rs.getString("sha256"));
					input.put("read", rs.getLong("rows_read"));
					input.put("accepted", rs.getLong("rows_accepted"));
					input.put("rejected", rs.getLong("rows_rejected"));
					input.put("status", rs.getString("status"));
					if (rs.getString("message") != null) {
						input.put("message", rs.getString("message"));
					}
					inputs.add(input);
				}, run.id());
		summary.put("inputs", inputs);
		summary.put("skipped", skipped);
		Map<String, Long> totals = new LinkedHashMap<>();
		totals.put("read", run.rowsRead());
		totals.put("accepted", run.rowsAccepted());
		totals.put("rejected", run.rowsRejected());
		summary.put("totals", totals);
		AtomicFile.write(target, out -> JSON.writeValue(out, summary));
	}

}
