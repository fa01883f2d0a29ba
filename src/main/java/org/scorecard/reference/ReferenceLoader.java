package org.scorecard.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the reference folder and checks it whole: every problem of every file is collected, and
 * any problem at all stops the run before anything is loaded (contract section 2).
 */
public final class ReferenceLoader {

	static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

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
		Map<String, Agency> agencies = readAgencies(dir);
		Map<String, Indicator> indicators = readIndicators(dir);
		List<Target> targets = readTargets(dir, agencies, indicators);
		List<Task> tasks = readTasks(dir, agencies);
		List<Rule> rules = readRules(dir, indicators);
		if (!problems.isEmpty()) {
			throw new BrokenReferenceException(problems);
		}
		return new ReferenceData(agencies, indicators, targets, tasks, rules);
	}

	private Map<String, Agency> readAgencies(Path dir) {
		Map<String, Agency> agencies = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		ReferenceFile file = new ReferenceFile("agencies.csv", problems);
		file.read(dir, true, List.of("code", "name", "kind"), row -> {
			String code = row.get("code");
			AgencyKind kind = parseEnum(AgencyKind.class, row.get("kind"));
			String reports = row.get("reports").toLowerCase(Locale.ROOT);
			String email = row.get("email");
			boolean ok = true;
			if (!CODE.matcher(code).matches()) {
				row.problem("code '" + code + "' must be 1 to 32 of A-Z 0-9 - _");
				ok = false;
			}
			else if (agencies.containsKey(code)) {
				row.problem("code '" + code + "' is already used on line " + lines.get(code));
				ok = false;
			}
			if (row.get("name").isEmpty()) {
				row.problem("name is empty");
			}
			if (kind == null) {
				row.problem("kind '" + row.get("kind") + "' must be nation, ministry, department, province or mission");
				ok = false;
			}
			if (!reports.isEmpty() && !reports.equals("yes") && !reports.equals("no")) {
				row.problem("reports '" + row.get("reports") + "' must be yes or no");
			}
			if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
				row.problem("email '" + email + "' is not one e-mail address");
			}
			if (ok) {
				String parent = row.get("parent");
				agencies.put(code, new Agency(code, row.get("name"), row.get("name_vi"), kind,
						parent.isEmpty() ? null : parent, email.isEmpty() ? null : email, !reports.equals("no")));
				lines.put(code, row.line());
			}
		});
		for (Agency agency : agencies.values()) {
			if (agency.parent() != null && !agencies.containsKey(agency.parent())) {
				file.problem(lines.get(agency.code()), "parent '" + agency.parent() + "' of " + agency.code()
						+ " is not an agency code");
			}
		}
		for (Agency agency : agencies.values()) {
			Set<String> seen = new HashSet<>();
			Agency current = agency;
			while (current != null && current.parent() != null && seen.add(current.code())) {
				current = agencies.get(current.parent());
				if (current != null && current.code().equals(agency.code())) {
					file.problem(lines.get(agency.code()), "agency " + agency.code()
							+ " is its own ancestor (the parents form a cycle)");
					break;
				}
			}
		}
		long nations = agencies.values().stream().filter(a -> a.kind() == AgencyKind.NATION).count();
		if (nations > 1) {
			file.problem(0, "there are " + nations + " agencies of kind nation; there must be at most one");
		}
		return agencies;
	}

	private Map<String, Indicator> readIndicators(Path dir) {
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		ReferenceFile file = new ReferenceFile("indicators.csv", problems);
		file.read(dir, true, List.of("code", "name", "unit", "aggregation"), row -> {
			String code = row.get("code");
			Unit unit = Unit.ofCode(row.get("unit")).filter(Unit::isIndicatorUnit).orElse(null);
			Aggregation aggregation = parseEnum(Aggregation.class, row.get("aggregation"));
			String directionText = row.get("direction");
			Direction direction = directionText.isEmpty() ? Direction.UP : parseEnum(Direction.class, directionText);
			Integer decimals = parseDecimals(row.get("decimals"), unit);
			boolean ok = true;
			if (!CODE.matcher(code).matches()) {
				row.problem("code '" + code + "' must be 1 to 32 of A-Z 0-9 - _");
				ok = false;
			}
			else if (indicators.containsKey(code)) {
				row.problem("code '" + code + "' is already used on line " + lines.get(code));
				ok = false;
			}
			if (row.get("name").isEmpty()) {
				row.problem("name is empty");
			}
			if (unit == null) {
				row.problem("unit '" + row.get("unit") + "' must be USD_M, VND_BN, PERCENT, COUNT or INDEX");
				ok = false;
			}
			if (aggregation == null) {
				row.problem("aggregation '" + row.get("aggregation") + "' must be sum, last, avg, ratio or difference");
				ok = false;
			}
			if (direction == null) {
				row.problem("direction '" + directionText + "' must be up or down");
				ok = false;
			}
			if (decimals == null) {
				row.problem("decimals '" + row.get("decimals") + "' must be a whole number from 0 to 6");
				ok = false;
			}
			String numerator = row.get("numerator");
			String denominator = row.get("denominator");
			if (aggregation != null && !aggregation.isDerived() && !(numerator.isEmpty() && denominator.isEmpty())) {
				row.problem("only ratio and difference indicators take a numerator and a denominator");
			}
			if (ok) {
				indicators.put(code, new Indicator(code, row.get("name"), row.get("name_vi"), unit, aggregation,
						numerator.isEmpty() ? null : numerator, denominator.isEmpty() ? null : denominator,
						direction, decimals));
				lines.put(code, row.line());
			}
		});
		for (Indicator indicator : indicators.values()) {
			if (indicator.aggregation().isDerived()) {
				checkSide(file, lines.get(indicator.code()), indicator, "numerator", indicator.numerator(), indicators);
				checkSide(file, lines.get(indicator.code()), indicator, "denominator", indicator.denominator(),
						indicators);
				if (indicator.aggregation() == Aggregation.RATIO && indicator.unit() != Unit.PERCENT) {
					file.problem(lines.get(indicator.code()), "ratio indicator " + indicator.code()
							+ " must have unit PERCENT (it is numerator / denominator x 100)");
				}
			}
		}
		return indicators;
	}

	private void checkSide(ReferenceFile file, long line, Indicator indicator, String side, String code,
			Map<String, Indicator> indicators) {
		if (code == null) {
			file.problem(line, indicator.aggregation().name().toLowerCase(Locale.ROOT) + " indicator "
					+ indicator.code() + " needs a " + side);
			return;
		}
		Indicator other = indicators.get(code);
		if (other == null) {
			file.problem(line, side + " '" + code + "' of " + indicator.code() + " is not an indicator code");
		}
		else if (other.aggregation().isDerived()) {
			file.problem(line, side + " " + code + " of " + indicator.code() + " is itself derived");
		}
		else if (other.aggregation() == Aggregation.AVG) {
			file.problem(line, side + " " + code + " of " + indicator.code() + " has aggregation avg, which a "
					+ "derived indicator cannot use");
		}
		else if (indicator.aggregation() == Aggregation.DIFFERENCE && other.unit() != indicator.unit()) {
			file.problem(line, side + " " + code + " is in " + other.unit() + " but difference " + indicator.code()
					+ " is in " + indicator.unit());
		}
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
				row.problem("indicator '" + indicator + "' is not in indicators.csv");
			}
			if (!agencies.containsKey(agency)) {
				row.problem("agency '" + agency + "' is not in agencies.csv");
			}
			String yearText = row.get("year");
			if (!YEAR.matcher(yearText).matches()) {
				row.problem("year '" + yearText + "' must be four digits");
			}
			Measure measure = parseEnum(Measure.class, row.get("measure"));
			if (measure == null) {
				row.problem("measure '" + row.get("measure")
						+ "' must be value_month, value_ytd, growth_month, growth_ytd or plan_year");
			}
			Operator operator = Operator.ofSymbol(row.get("operator")).orElse(null);
			if (operator == null) {
				row.problem("operator '" + row.get("operator") + "' must be >=, <= or between");
			}
			BigDecimal value = parseDecimal(row, "value", true);
			BigDecimal valueMax = parseDecimal(row, "value_max", operator == Operator.BETWEEN);
			BigDecimal tolerance = parseDecimal(row, "tolerance", false);
			if (operator != null && operator != Operator.BETWEEN && valueMax != null) {
				row.problem("value_max is only for the operator between");
			}
			if (operator == Operator.BETWEEN && value != null && valueMax != null && valueMax.compareTo(value) < 0) {
				row.problem("value_max " + valueMax.toPlainString() + " is below value " + value.toPlainString());
			}
			if (measure == Measure.PLAN_YEAR && operator == Operator.BETWEEN) {
				row.problem("plan_year takes the operator >= or <=, not between");
			}
			if (tolerance != null && tolerance.signum() < 0) {
				row.problem("tolerance " + tolerance.toPlainString() + " must not be negative");
			}
			String key = indicator + "|" + agency + "|" + yearText;
			if (keys.containsKey(key)) {
				row.problem("a target for " + indicator + ", " + agency + " and " + yearText
						+ " is already on line " + keys.get(key));
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
			String id = row.get("id");
			if (id.isEmpty()) {
				row.problem("id is empty");
			}
			else if (ids.containsKey(id)) {
				row.problem("task id '" + id + "' is already used on line " + ids.get(id));
			}
			else {
				ids.put(id, row.line());
			}
			if (row.get("title").isEmpty()) {
				row.problem("title is empty");
			}
			String lead = row.get("lead_agency");
			if (lead.isEmpty()) {
				row.problem("lead_agency is empty: every task needs exactly one lead agency");
			}
			else if (lead.split("[,;/&+\\s]+").length > 1) {
				row.problem("lead_agency '" + lead + "' names more than one agency: one task, one lead agency");
			}
			else if (!agencies.containsKey(lead)) {
				row.problem("lead_agency '" + lead + "' is not in agencies.csv");
			}
			LocalDate due = parseDate(row, "due_date", true);
			LocalDate completed = parseDate(row, "completed_on", false);
			if (problems.size() == before) {
				tasks.add(new Task(id, row.get("title"), row.get("source"), lead, due, completed));
			}
		});
		return tasks;
	}

	private List<Rule> readRules(Path dir, Map<String, Indicator> indicators) {
		List<Rule> rules = new ArrayList<>();
		ReferenceFile file = new ReferenceFile("rules.csv", problems);
		file.read(dir, false, List.of("left", "operator", "right"), row -> {
			int before = problems.size();
			for (String side : List.of("left", "right")) {
				if (!indicators.containsKey(row.get(side))) {
					row.problem(side + " '" + row.get(side) + "' is not in indicators.csv");
				}
			}
			if (!RULE_OPERATORS.contains(row.get("operator"))) {
				row.problem("operator '" + row.get("operator") + "' must be one of <=, <, >=, >, =");
			}
			if (problems.size() == before) {
				rules.add(new Rule(row.get("left"), row.get("operator"), row.get("right"), row.get("message")));
			}
		});
		return rules;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		return null;
	}

	private static Integer parseDecimals(String text, Unit unit) {
		if (text.isEmpty()) {
			return unit == Unit.COUNT ? 0 : 2;
		}
		if (!text.matches("\\d{1,2}")) {
			return null;
		}
		int decimals = Integer.parseInt(text);
		return decimals <= 6 ? decimals : null;
	}

	private static BigDecimal parseDecimal(ReferenceFile.Row row, String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(column + " is empty");
			}
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			row.problem(column + " '" + text + "' is not a decimal number (use . as the decimal point)");
			return null;
		}
		return new BigDecimal(text);
	}

	private static LocalDate parseDate(ReferenceFile.Row row, String column, boolean required) {
		String text = row.get(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(column + " is empty");
			}
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			row.problem(column + " '" + text + "' is not a date YYYY-MM-DD");
			return null;
		}
	}

}
