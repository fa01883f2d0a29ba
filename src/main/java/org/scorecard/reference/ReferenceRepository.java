package org.scorecard.reference;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.text.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each run's copy of the reference data, so its figures can be traced to what it used. */
@Repository
public class ReferenceRepository {

	private static final List<String> TABLES = List.of("agency", "indicator", "target", "task", "quality_rule");

	private final JdbcTemplate jdbc;

	public ReferenceRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the run's reference data (a restarted step stores it again, never twice). */
	@Transactional
	public void save(long runId, ReferenceData data) {
		for (String table : TABLES) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
		jdbc.batchUpdate("INSERT INTO agency (run_id, code, name, name_vi, kind, parent, email, reports, depth, "
				+ "lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", List.copyOf(data.agencies().values()), 500, (ps, a) -> {
					ps.setLong(1, runId);
					ps.setString(2, a.code());
					ps.setString(3, a.name());
					ps.setString(4, a.nameVi());
					ps.setString(5, a.kind().name());
					ps.setString(6, a.parent());
					ps.setString(7, a.email());
					ps.setBoolean(8, a.reports());
					ps.setInt(9, depth(a, data));
					ps.setString(10, a.lang().code());
				});
		jdbc.batchUpdate("INSERT INTO indicator (run_id, code, name, name_vi, unit, aggregation, numerator, denominator, "
				+ "direction, decimals, key_indicator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", List.copyOf(data.indicators().values()), 500,
				(ps, i) -> {
					ps.setLong(1, runId);
					ps.setString(2, i.code());
					ps.setString(3, i.name());
					ps.setString(4, i.nameVi());
					ps.setString(5, i.unit().name());
					ps.setString(6, i.aggregation().name());
					ps.setString(7, i.numerator());
					ps.setString(8, i.denominator());
					ps.setString(9, i.direction().name());
					ps.setInt(10, i.decimals());
					ps.setObject(11, i.key(), java.sql.Types.BOOLEAN);
				});
		jdbc.batchUpdate("INSERT INTO target (run_id, indicator, agency, target_year, measure, op, value_num, value_max, "
				+ "tolerance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", data.targets(), 500, (ps, t) -> {
					ps.setLong(1, runId);
					ps.setString(2, t.indicator());
					ps.setString(3, t.agency());
					ps.setInt(4, t.year());
					ps.setString(5, t.measure().name());
					ps.setString(6, t.operator().name());
					ps.setBigDecimal(7, t.value());
					ps.setBigDecimal(8, t.valueMax());
					ps.setBigDecimal(9, t.tolerance());
				});
		jdbc.batchUpdate("INSERT INTO task (run_id, id, title, source, lead_agency, due_date, completed_on, "
				+ "title_vi, source_vi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", data.tasks(), 500, (ps, t) -> {
					ps.setLong(1, runId);
					ps.setString(2, t.id());
					ps.setString(3, t.title());
					ps.setString(4, t.source());
					ps.setString(5, t.leadAgency());
					ps.setDate(6, Date.valueOf(t.dueDate()));
					ps.setDate(7, t.completedOn() == null ? null : Date.valueOf(t.completedOn()));
					ps.setString(8, t.titleVi());
					ps.setString(9, t.sourceVi());
				});
		List<Object[]> rules = new ArrayList<>();
		for (Rule rule : data.rules()) {
			rules.add(new Object[] { runId, rules.size() + 1, rule.left(), rule.operator(), rule.right(), rule.message(),
					rule.messageVi() });
		}
		jdbc.batchUpdate("INSERT INTO quality_rule (run_id, position, left_indicator, op, right_indicator, message, "
				+ "message_vi) VALUES (?, ?, ?, ?, ?, ?, ?)", rules);
	}

	/** How far an agency is from the root of its tree (a root is 0); the tree has no cycles. */
	private static int depth(Agency agency, ReferenceData data) {
		int depth = 0;
		for (Agency a = agency; a.parent() != null; a = data.agencies().get(a.parent())) {
			depth++;
		}
		return depth;
	}

	/** The run's reference data as it was stored. */
	public ReferenceData load(long runId) {
		Map<String, Agency> agencies = new LinkedHashMap<>();
		jdbc.query("SELECT * FROM agency WHERE run_id = ? ORDER BY code", rs -> {
			agencies.put(rs.getString("code"), new Agency(rs.getString("code"), rs.getString("name"),
					rs.getString("name_vi"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("parent"),
					rs.getString("email"), rs.getBoolean("reports"), Language.of(rs.getString("lang"))));
		}, runId);
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		jdbc.query("SELECT * FROM indicator WHERE run_id = ? ORDER BY code", rs -> {
			indicators.put(rs.getString("code"), new Indicator(rs.getString("code"), rs.getString("name"),
					rs.getString("name_vi"), Unit.valueOf(rs.getString("unit")),
					Aggregation.valueOf(rs.getString("aggregation")), rs.getString("numerator"),
					rs.getString("denominator"), Direction.valueOf(rs.getString("direction")), rs.getInt("decimals"),
					rs.getObject("key_indicator", Boolean.class)));
		}, runId);
		List<Target> targets = jdbc.query("SELECT * FROM target WHERE run_id = ? ORDER BY indicator, agency, target_year",
				(rs, n) -> new Target(rs.getString("indicator"), rs.getString("agency"), rs.getInt("target_year"),
						Measure.valueOf(rs.getString("measure")), Operator.valueOf(rs.getString("op")),
						rs.getBigDecimal("value_num"), rs.getBigDecimal("value_max"), rs.getBigDecimal("tolerance")),
				runId);
		List<Task> tasks = jdbc.query("SELECT * FROM task WHERE run_id = ? ORDER BY id",
				(rs, n) -> new Task(rs.getString("id"), rs.getString("title"), rs.getString("source"),
						rs.getString("lead_agency"), rs.getDate("due_date").toLocalDate(),
						rs.getDate("completed_on") == null ? null : rs.getDate("completed_on").toLocalDate(),
						rs.getString("title_vi"), rs.getString("source_vi")),
				runId);
		List<Rule> rules = jdbc.query("SELECT * FROM quality_rule WHERE run_id = ? ORDER BY position",
				(rs, n) -> new Rule(rs.getString("left_indicator"), rs.getString("op"), rs.getString("right_indicator"),
						rs.getString("message"), rs.getString("message_vi")),
				runId);
		return new ReferenceData(agencies, indicators, targets, tasks, rules);
	}


}
