package org.scorecard.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The reference files of a generated set: the agency tree, the indicators, targets for the end
 * period's year (every measure and operator, set near the generated figures so that statuses vary),
 * tasks with one lead agency each, and one rule.
 */
final class References {

	/** Targets for this share of the pairs of reporting agency and indicator it reports. */
	private static final double TARGET_SHARE = 0.2;

	private static final String[] SUM_TARGETS = { "growth_ytd,>=", "plan_year,>=", "value_ytd,>=", "growth_month,between",
			"value_month,>=", "plan_year,<=", "value_ytd,<=", "growth_ytd,between", "value_month,between" };

	private static final String[] LAST_TARGETS = { "value_month,>=", "growth_ytd,>=", "value_ytd,between",
			"value_month,<=", "growth_month,>=" };

	private static final String[] PERCENT_TARGETS = { "value_ytd,>=", "value_month,between", "value_ytd,<=",
			"value_month,>=" };

	private static final String[] INDEX_TARGETS = { "value_month,<=", "growth_ytd,<=", "value_ytd,between",
			"growth_month,between" };

	private static final String[] TASKS = { "Report on measures to sustain export growth in the last quarter",
			"Review administrative procedures and propose further decentralisation",
			"Speed up the disbursement of public investment capital",
			"Complete the connection of online public services to the National Public Service Portal",
			"Propose solutions to reduce logistics costs", "Clear overdue dossiers and report the causes",
			"Assess the impact of new trade agreements on key export sectors",
			"Draft the plan for digital transformation of reporting" };

	private static final String[] SOURCES = { "Resolution 01/NQ-CP", "Resolution 02/NQ-CP",
			"Conclusion of the Prime Minister at the monthly Government meeting", "Directive 05/CT-TTg",
			"Notice of the Government Office on the socio-economic situation" };

	private final GenerateSettings settings;

	private final List<Tree.Node> agencies;

	private final List<Catalogue.Ind> indicators;

	private final Series series;

	private int tasks;

	References(GenerateSettings settings, List<Tree.Node> agencies, List<Catalogue.Ind> indicators, Series series) {
		this.settings = settings;
		this.agencies = agencies;
		this.indicators = indicators;
		this.series = series;
	}

	int tasks() {
		return tasks;
	}

	/** Writes the five files; the number of targets. */
	int write(Path dir) throws IOException {
		try (BufferedWriter out = writer(dir, "agencies.csv")) {
			out.write("code,name,name_vi,kind,parent,email,reports\n");
			for (Tree.Node node : agencies) {
				out.write(node.csv(agencies));
				out.write('\n');
			}
		}
		try (BufferedWriter out = writer(dir, "indicators.csv")) {
			out.write("code,name,name_vi,unit,aggregation,numerator,denominator,direction,decimals\n");
			for (Catalogue.Ind ind : indicators) {
				out.write(ind.csv());
				out.write('\n');
			}
		}
		int targets = targets(dir);
		tasks(dir);
		try (BufferedWriter out = writer(dir, "rules.csv")) {
			out.write("left,operator,right,message\n");
			if (has("PROC_DECENTRALISED") && has("PROC_TOTAL")) {
				out.write("PROC_DECENTRALISED,<=,PROC_TOTAL,More procedures decentralised than procedures in force: "
						+ "check both counts\n");
			}
			else if (has("IMPORTS")) {
				out.write("IMPORTS,<=,EXPORTS,Imports above exports: check both figures\n");
			}
			else {
				out.write("EXPORTS,>=,EXPORTS,\n");
			}
		}
		return targets;
	}

	private boolean has(String code) {
		return indicators.stream().anyMatch(i -> i.code().equals(code));
	}

	private static BufferedWriter writer(Path dir, String name) throws IOException {
		return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
	}

	private int targets(Path dir) throws IOException {
		long seed = settings.seed();
		int year = settings.endPeriod().getYear();
		int m = settings.endPeriod().getMonthValue();
		int count = 0;
		try (BufferedWriter out = writer(dir, "targets.csv")) {
			out.write("indicator,agency,year,measure,operator,value,value_max,tolerance\n");
			for (Tree.Node node : agencies) {
				for (Catalogue.Ind ind : indicators) {
					String line;
					if (node.kind.equals("nation")) {
						line = nationTarget(ind, count);
					}
					else if (!node.reports || Hash.unit(seed, 70, node.index, ind.index()) >= TARGET_SHARE) {
						continue;
					}
					else if (ind.derived()) {
						line = reportsBothSides(node, ind) ? derivedTarget(ind, count) : null;
					}
					else if (node.reports(ind.index())) {
						line = plainTarget(node, ind, year, m, count);
					}
					else {
						continue;
					}
					if (line == null) {
						continue;
					}
					out.write(ind.code() + "," + node.code + "," + year + "," + line + "\n");
					count++;
				}
			}
		}
		return count;
	}

	private boolean reportsBothSides(Tree.Node node, Catalogue.Ind ind) {
		return indicators.stream()
			.filter(i -> i.code().equals(ind.numerator()) || i.code().equals(ind.denominator()))
			.allMatch(i -> node.reports(i.index()));
	}

	/** The nation reports nothing itself: growth targets on rolled-up figures, ranges on derived ones. */
	private String nationTarget(Catalogue.Ind ind, int k) {
		if (ind.aggregation().equals("avg")) {
			return null;
		}
		if (ind.derived()) {
			return derivedTarget(ind, k);
		}
		double g = 2 + 10 * Hash.unit(settings.seed(), 71, ind.index());
		return k % 2 == 0 ? "growth_ytd,>=," + fmt(g) + ",," : "growth_ytd,between," + fmt(g) + "," + fmt(g + 5) + ",";
	}

	private String derivedTarget(Catalogue.Ind ind, int k) {
		if (ind.aggregation().equals("ratio")) {
			return k % 2 == 0 ? "value_ytd,between,40,80," : "value_month,>=,55,,2";
		}
		return k % 2 == 0 ? "value_ytd,>=,0,," : "value_month,>=,0,,";
	}

	private String plainTarget(Tree.Node node, Catalogue.Ind ind, int year, int m, int k) {
		long seed = settings.seed();
		String[] choices = switch (ind.aggregation()) {
			case "sum" -> SUM_TARGETS;
			case "last" -> LAST_TARGETS;
			default -> ind.unit().equals("PERCENT") ? PERCENT_TARGETS : INDEX_TARGETS;
		};
		String[] choice = choices[(int) (Hash.unit(seed, 72, node.index, ind.index()) * choices.length)].split(",");
		String measure = choice[0];
		String operator = choice[1];
		double factor = 0.9 + 0.2 * Hash.unit(seed, 73, node.index, ind.index());
		double value;
		if (measure.startsWith("growth")) {
			value = ind.unit().equals("INDEX") ? 1 + 4 * Hash.unit(seed, 74, node.index, ind.index())
					: 12 * Hash.unit(seed, 74, node.index, ind.index());
		}
		else {
			double figure = switch (measure) {
				case "value_month" -> figure(node, ind, year, m, m);
				case "plan_year" -> figure(node, ind, year, 1, m) * 12 / m;
				default -> ind.aggregation().equals("sum") ? figure(node, ind, year, 1, m)
						: ind.aggregation().equals("last") ? figure(node, ind, year, m, m) : mean(node, ind, year, m);
			};
			value = figure * factor;
		}
		String tolerance = k % 4 == 3 ? fmt(measure.startsWith("growth") ? 0.5 : Math.abs(value) * 0.03) : "";
		if (operator.equals("between")) {
			double width = measure.startsWith("growth") ? 4 : Math.abs(value) * 0.1;
			return measure + ",between," + fmt(value - width / 2) + "," + fmt(value + width / 2) + "," + tolerance;
		}
		return measure + "," + operator + "," + fmt(value) + ",," + tolerance;
	}

	/** The sum of the agency's figures from month {@code from} to {@code to} of the year. */
	private double figure(Tree.Node node, Catalogue.Ind ind, int year, int from, int to) {
		double sum = 0;
		for (int month = from; month <= to; month++) {
			sum += series.value(node.index, ind.index(), (year - 2000) * 12 + month - 1).doubleValue();
		}
		return sum;
	}

	private double mean(Tree.Node node, Catalogue.Ind ind, int year, int m) {
		return figure(node, ind, year, 1, m) / m;
	}

	private static String fmt(double v) {
		return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private void tasks(Path dir) throws IOException {
		long seed = settings.seed();
		int year = settings.endPeriod().getYear();
		tasks = Math.max(3, agencies.size() / 10);
		try (BufferedWriter out = writer(dir, "tasks.csv")) {
			out.write("id,title,source,lead_agency,due_date,completed_on\n");
			for (int t = 0; t < tasks; t++) {
				Tree.Node lead = agencies.get((int) (Hash.unit(seed, 80, t) * agencies.size()));
				LocalDate due = LocalDate.of(year, 1, 31).plusDays((long) (Hash.unit(seed, 81, t) * 334));
				String completed = "";
				if (Hash.unit(seed, 82, t) < 0.45) {
					completed = due.plusDays((long) (-30 + 50 * Hash.unit(seed, 83, t))).toString();
				}
				String title = TASKS[(int) (Hash.unit(seed, 84, t) * TASKS.length)];
				String source = SOURCES[(int) (Hash.unit(seed, 85, t) * SOURCES.length)] + " " + year;
				out.write(String.format(Locale.ROOT, "T-%05d,%s,%s,%s,%s,%s\n", t + 1, Csv.quote(title), Csv.quote(source),
						lead.code, due, completed));
			}
		}
	}

}
