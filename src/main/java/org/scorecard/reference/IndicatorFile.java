package org.scorecard.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and checks indicators.csv, including the two sides of every derived indicator. */
final class IndicatorFile {

	private final List<ReferenceProblem> problems;

	IndicatorFile(List<ReferenceProblem> problems) {
		this.problems = problems;
	}

	Map<String, Indicator> read(Path dir) {
		Map<String, Indicator> indicators = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		ReferenceFile file = new ReferenceFile("indicators.csv", problems);
		file.read(dir, true, List.of("code", "name", "unit", "aggregation"), row -> {
			String code = row.get("code");
			row.get("name", 500);
			row.get("name_vi", 500);
			Unit unit = Unit.ofCode(row.get("unit")).filter(Unit::isIndicatorUnit).orElse(null);
			Aggregation aggregation = ReferenceFile.parseEnum(Aggregation.class, row.get("aggregation"));
			String directionText = row.get("direction");
			Direction direction = directionText.isEmpty() ? Direction.UP : ReferenceFile.parseEnum(Direction.class, directionText);
			Integer decimals = parseDecimals(row.get("decimals"), unit);
			String key = row.get("key").toLowerCase(Locale.ROOT);
			if (!key.isEmpty() && !key.equals("yes") && !key.equals("no")) {
				row.problem("key '" + row.get("key") + "' must be yes, no or empty");
			}
			boolean ok = true;
			if (!ReferenceFile.CODE.matcher(code).matches()) {
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
						direction, decimals, key.isEmpty() ? null : key.equals("yes")));
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

}
