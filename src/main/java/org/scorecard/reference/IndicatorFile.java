package org.scorecard.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scorecard.text.Message;

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
				row.problem(Message.of("reference.indicator.key", "value", row.get("key")));
			}
			boolean ok = true;
			if (!ReferenceFile.CODE.matcher(code).matches()) {
				row.problem(Message.of("reference.code", "code", code));
				ok = false;
			}
			else if (indicators.containsKey(code)) {
				row.problem(Message.of("reference.code.used", "code", code, "line", lines.get(code)));
				ok = false;
			}
			if (row.get("name").isEmpty()) {
				row.problem(Message.of("reference.empty", "column", "name"));
			}
			if (unit == null) {
				row.problem(Message.of("reference.indicator.unit", "value", row.get("unit")));
				ok = false;
			}
			if (aggregation == null) {
				row.problem(Message.of("reference.indicator.aggregation", "value", row.get("aggregation")));
				ok = false;
			}
			if (direction == null) {
				row.problem(Message.of("reference.indicator.direction", "value", directionText));
				ok = false;
			}
			if (decimals == null) {
				row.problem(Message.of("reference.indicator.decimals", "value", row.get("decimals")));
				ok = false;
			}
			String numerator = row.get("numerator");
			String denominator = row.get("denominator");
			if (aggregation != null && !aggregation.isDerived() && !(numerator.isEmpty() && denominator.isEmpty())) {
				row.problem(Message.of("reference.indicator.not_derived"));
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
					file.problem(lines.get(indicator.code()), Message.of("reference.indicator.ratio_unit", "code",
							indicator.code()));
				}
			}
		}
		return indicators;
	}

	private void checkSide(ReferenceFile file, long line, Indicator indicator, String side, String code,
			Map<String, Indicator> indicators) {
		if (code == null) {
			file.problem(line, Message.of("reference.indicator.side.missing", "aggregation",
					indicator.aggregation().name().toLowerCase(Locale.ROOT), "code", indicator.code(), "side", side));
			return;
		}
		Indicator other = indicators.get(code);
		if (other == null) {
			file.problem(line, Message.of("reference.indicator.side.unknown", "side", side, "other", code, "code",
					indicator.code()));
		}
		else if (other.aggregation().isDerived()) {
			file.problem(line, Message.of("reference.indicator.side.derived", "side", side, "other", code, "code",
					indicator.code()));
		}
		else if (other.aggregation() == Aggregation.AVG) {
			file.problem(line, Message.of("reference.indicator.side.avg", "side", side, "other", code, "code",
					indicator.code()));
		}
		else if (indicator.aggregation() == Aggregation.DIFFERENCE && other.unit() != indicator.unit()) {
			file.problem(line, Message.of("reference.indicator.side.unit", "side", side, "other", code, "other_unit",
					other.unit().toString(), "code", indicator.code(), "unit", indicator.unit().toString()));
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
