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

}
