package org.scorecard.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scorecard.text.Message;

/**
 * Reads the reference folder and checks it whole: every problem of every file is collected, and
 * any problem at all stops the run before anything is loaded (contract section 2).
 */
public final class ReferenceLoader {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Set<String> RULE_OPERATORS = Set.of("<=", "<", ">=", ">", "=");

	private final List<ReferenceProblem> problems = new ArrayList<>();

	private ReferenceLoader() {
	}

	/** Loads and checks the folder; throws {@link BrokenReferenceException} listing every problem. */
	public static ReferenceData load(Path dir) {
		return new ReferenceLoader().loadAll(dir);
	}

	private ReferenceData loadAll(Path dir) {
		Map<String, Agency> agencies = new AgencyFile(problems).read(dir);
		Map<String, Indicator> indicators = new IndicatorFile(problems).read(dir);
		List<Target> targets = readTargets(dir, agencies, indicators);
		List<Task> tasks = readTasks(dir, agencies);
		List<Rule> rules = readRules(dir, indicators);
		if (!problems.isEmpty()) {
			throw new BrokenReferenceException(problems);
		}
		return new ReferenceData(agencies, indicators, targets, tasks, rules);
	}

	private List<Target> readTargets(Path dir, Map<String, Agency> agencies, Map<String, Indicator> indicators) {
		List<Target> targets = new ArrayList<>();
		Map<String, Long> keys = new HashMap<>();
		ReferenceFile file = new ReferenceFile("targets.csv", problems);
		file.read(dir, true, List.of("indicator", "agency", "year", "measure", "operator", "value"), row -> {
			int before = problems.size();
			String indicator = row.get("indicator");
			String agency = row.get("agency");
			if (!indicators.containsKey(indicator)) {
				row.problem(notIn("indicator", indicator, "indicators.csv"));
			}
			if (!agencies.containsKey(agency)) {
				row.problem(notIn("agency", agency, "agencies.csv"));
			}
			String yearText = row.get("year");
			if (!YEAR.matcher(yearText).matches()) {
				row.problem(Message.of("reference.target.year", "value", yearText));
			}
			Measure measure = ReferenceFile.parseEnum(Measure.class, row.get("measure"));
			if (measure == null) {
				row.problem(Message.of("reference.target.measure", "value", row.get("measure")));
			}
			Operator operator = Operator.ofSymbol(row.get("operator")).orElse(null);
			if (operator == null) {
				row.problem(Message.of("reference.target.operator", "value", row.get("operator")));
			}
			BigDecimal value = parseDecimal(row, "value", true);
			BigDecimal valueMax = parseDecimal(row, "value_max", operator == Operator.BETWEEN);
			BigDecimal tolerance = parseDecimal(row, "tolerance", false);
			if (operator != null && operator != Operator.BETWEEN && valueMax != null) {
				row.problem(Message.of("reference.target.value_max"));
			}
			if (operator == Operator.BETWEEN && value != null && valueMax != null && valueMax.compareTo(value) < 0) {
				row.problem(Message.of("reference.target.below", "max", valueMax.toPlainString(), "value",
						value.toPlainString()));
			}
			if (measure == Measure.PLAN_YEAR && operator == Operator.BETWEEN) {
				row.problem(Message.of("reference.target.plan_year"));
			}
			if (tolerance != null && tolerance.signum() < 0) {
				row.problem(Message.of("reference.target.tolerance", "value", tolerance.toPlainString()));
			}
			String key = indicator + "|" + agency + "|" + yearText;
			if (keys.containsKey(key)) {
				row.problem(Message.of("reference.target.twice", "indicator", indicator, "agency", agency, "year",
						yearText, "line", keys.get(key)));
			}
			else {
				keys.put(key, row.line());
			}
			if (problems.size() == before) {
				targets.add(new Target(indicator, agency, Integer.parseInt(yearText), measure, operator, value,
						valueMax, tolerance));
			}
		});
		return targets;
	}

	private List<Task> readTasks(Path dir, Map<String, Agency> agencies) {
		List<Task> tasks = new ArrayList<>();
		Map<String, Long> ids = new HashMap<>();
		ReferenceFile file = new ReferenceFile("tasks.csv", problems);
		file.read(dir, true, List.of("id", "title", "lead_agency", "due_date"), row -> {
			int before = problems.size();
			String id = row.get("id", 100);
			row.get("title", 1000);
			row.get("source", 1000);
			row.get("title_vi", 1000);
			row.get("source_vi", 1000);
			if (id.isEmpty()) {
				row.problem(Message.of("reference.empty", "column", "id"));
			}
			else if (ids.containsKey(id)) {
				row.problem(Message.of("reference.task.id_used", "id", id, "line", ids.get(id)));
			}
			else {
				ids.put(id, row.line());
			}
			if (row.get("title").isEmpty()) {
				row.problem(Message.of("reference.empty", "column", "title"));
			}
			String lead = row.get("lead_agency");
			if (lead.isEmpty()) {
				row.problem(Message.of("reference.task.no_lead"));
			}
			else if (lead.split("[,;/&+\\s]+").length > 1) {
				row.problem(Message.of("reference.task.leads", "value", lead));
			}
			else if (!agencies.containsKey(lead)) {
				row.problem(notIn("lead_agency", lead, "agencies.csv"));
			}
			LocalDate due = parseDate(row, "due_date", true);
			LocalDate completed = parseDate(row, "completed_on", false);
			if (problems.size() == before) {
				tasks.add(new Task(id, row.get("title"), row.get("source"), lead, due, completed,
						row.get("title_vi"), row.get("source_vi")));
			}
		});
		return tasks;
	}

	private List<Rule> readRules(Path dir, Map<String, Indicator> indicators) {
		List<Rule> rules = new ArrayList<>();
		ReferenceFile file = new ReferenceFile("rules.csv", problems);
		file.read(dir, false, List.of("left", "operator", "right"), row -> {
			int before = problems.size();
			row.get("message", 1000);
			row.get("message_vi", 1000);
			for (String side : List.of("left", "right")) {
				if (!indicators.containsKey(row.get(side))) {
					row.problem(notIn(side, row.get(side), "indicators.csv"));
				}
			}
			if (!RULE_OPERATORS.contains(row.get("operator"))) {
				row.problem(Message.of("reference.rule.operator", "value", row.get("operator")));
			}
			if (problems.size() == before) {
				rules.add(new Rule(row.get("left"), row.get("operator"), row.get("right"), row.get("message"),
						row.get("message_vi")));
			}
		});
		return rules;
	}

	private static BigDecimal parseDecimal(ReferenceFile.Row row, String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(Message.of("reference.empty", "column", column));
			}
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			row.problem(Message.of("reference.decimal", "column", column, "value", clip(text)));
			return null;
		}
		BigDecimal value = new BigDecimal(text);
		// the database keeps 30 digits before the point and 30 after (NUMERIC(60, 30))
		if (value.precision() - value.scale() > 30 || value.stripTrailingZeros().scale() > 30) {
			row.problem(Message.of("reference.decimal.digits", "column", column, "value", clip(text)));
			return null;
		}
		return value;
	}

	/** {@code column 'value' is not in file}. */
	private static Message notIn(String column, String value, String file) {
		return Message.of("reference.not_in", "column", column, "value", value, "file", file);
	}

	private static String clip(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}

	private static LocalDate parseDate(ReferenceFile.Row row, String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(Message.of("reference.empty", "column", column));
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			row.problem(Message.of("reference.date", "column", column, "value", text));
			return null;
		}
	}

}
