package org.scorecard.report;

import java.math.BigDecimal;

import org.scorecard.reference.Agency;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.Operator;
import org.scorecard.reference.Target;
import org.scorecard.text.Texts;

/**
 * How the reports word and format a figure in their language: values in the indicator's decimals,
 * growth with two decimals, targets in words, names in the language (Vietnamese names from
 * {@code name_vi}, English from {@code name}).
 */
final class Wording {

	static final int GROWTH_DECIMALS = 2;

	private final Texts texts;

	private final ReportData data;

	Wording(Texts texts, ReportData data) {
		this.texts = texts;
		this.data = data;
	}

	Texts texts() {
		return texts;
	}

	String agency(String code) {
		Agency agency = data.agency(code);
		if (agency == null) {
			return code;
		}
		return agency.name(texts.lang());
	}

	/** The name in the other language too, for headings: "Hanoi (Hà Nội)". */
	String agencyBoth(String code) {
		Agency agency = data.agency(code);
		return agency == null ? code : agency.fullName(texts.lang());
	}

	String indicator(String code) {
		Indicator indicator = data.indicator(code);
		return indicator.name(texts.lang());
	}

	String unit(String indicatorCode) {
		return texts.get("unit." + data.indicator(indicatorCode).unit().name());
	}

	/** A value of the indicator in its decimals, grouped. */
	String value(String indicatorCode, BigDecimal value) {
		return texts.number(value, data.indicator(indicatorCode).decimals());
	}

	/** A value with its unit: "16,000.00 US$ million", "80.6 %". */
	String valueWithUnit(String indicatorCode, BigDecimal value) {
		if (data.indicator(indicatorCode).unit() == org.scorecard.reference.Unit.COUNT) {
			return value(indicatorCode, value);
		}
		String unit = unit(indicatorCode);
		return unit.equals("%") ? value(indicatorCode, value) + " %" : value(indicatorCode, value) + " " + unit;
	}

	String growth(BigDecimal growth) {
		return texts.number(growth, GROWTH_DECIMALS);
	}

	/** The target in words: "growth year to date at least 5.00 %", "year to date 28.0 to 30.0". */
	String target(Target target) {
		if (target == null) {
			return "";
		}
		String measure = texts.get("measure." + target.measure().code());
		boolean growth = target.measure().isGrowth();
		if (target.operator() == Operator.BETWEEN) {
			return texts.format("target.between", "measure", measure, "low", bound(target, target.value(), growth),
					"high", bound(target, target.valueMax(), growth));
		}
		return texts.format(target.operator() == Operator.AT_LEAST ? "target.atleast" : "target.atmost", "measure",
				measure, "value", bound(target, target.value(), growth));
	}

	private String bound(Target target, BigDecimal value, boolean growth) {
		return growth ? texts.number(value, GROWTH_DECIMALS) + " %" : valueWithUnit(target.indicator(), value);
	}

	String status(String code) {
		return texts.status(code);
	}

	/** The figure a status was judged on, as the target's measure has it: "0.71 %", "2,912.48". */
	String measured(ReportData.Result result) {
		if (result.target() == null || result.measured() == null) {
			return "";
		}
		return result.target().measure().isGrowth() ? growth(result.measured()) + " %"
				: value(result.indicator(), result.measured());
	}

	/** The judged figure and, for an annual plan, the value expected by now, on a second line. */
	String judged(ReportData.Result result) {
		String judged = measured(result);
		return result.expected() == null ? judged
				: judged + "\n" + texts.format("judged.expected", "value", value(result.indicator(), result.expected()));
	}

	/** "Export turnover (US$ million)", and "9 of 10 months" below it when the year is partial. */
	String indicatorCell(ReportData.Result result) {
		String name = indicator(result.indicator()) + " (" + unit(result.indicator()) + ")";
		return result.partial() ? name + "\n" + partial(result.monthsReported()) : name;
	}

	/** "9 of 10 months": {@code months} with a figure out of the period's. */
	private String partial(int months) {
		return texts.format("mark.partial", "months", months, "of", data.period().getMonthValue());
	}

	/** A figure of the result, marked \u2020 when it was rolled up from the agency's units. */
	String figure(ReportData.Result result, BigDecimal value) {
		String text = value(result.indicator(), value);
		return result.rolledUp() && !text.isEmpty() ? text + " " + texts.get("mark.rolledup") : text;
	}

	/** The status in words, and "in question" below it when a finding touches the figures. */
	String statusCell(ReportData.Result result) {
		String status = status(result.status());
		return result.inQuestion() ? status + "\n" + texts.get("mark.question") : status;
	}

	/** The legend of the marks, with an example of the months mark. */
	String marksLegend() {
		return texts.format("legend.marks", "example", partial(Math.max(data.period().getMonthValue() - 1, 0)));
	}

	/** A finding in the report's language; a rule's message is rules.csv's, message_vi in Vietnamese. */
	String finding(ReportData.Finding finding) {
		String indicator = finding.indicator();
		return switch (finding.kind()) {
			case "rollup" -> texts.format("quality.message.rollup", "own", value(indicator, finding.valueLeft()),
					"children", value(indicator, finding.valueRight()), "difference",
					finding.valueLeft().signum() == 0 ? "> 100"
							: texts.number(finding.valueLeft()
								.subtract(finding.valueRight())
								.abs()
								.multiply(BigDecimal.valueOf(100))
								.divide(finding.valueLeft().abs(), java.math.MathContext.DECIMAL64), 1));
			case "outlier" -> texts.format("quality.message.outlier", "value", value(indicator, finding.valueLeft()),
					"median", value(indicator, finding.valueRight()));
			default -> data.reference()
				.rules()
				.stream()
				.filter(rule -> rule.label().equals(finding.rule()))
				.findFirst()
				.map(rule -> rule.message(texts.lang()))
				.filter(message -> message != null && !message.isBlank())
				.orElse(finding.message());
		};
	}

}
