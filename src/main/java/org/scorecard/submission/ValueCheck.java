package org.scorecard.submission;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.Unit;
import org.scorecard.text.Message;
import org.scorecard.text.Quoted;

/**
 * Check 8 of rules.md section 1 (BAD_VALUE), by what the value cell holds. Text (every CSV field,
 * and text cells of a workbook) must be a plain decimal, not one of the ambiguous forms
 * {@code 1.000} for an indicator with fewer than 3 decimals. A numeric cell is a number already; a
 * percentage is one only for a PERCENT indicator; dates, booleans, errors and formulas without a
 * result are not numbers. Each message says what to write instead.
 */
final class ValueCheck {

	private static final int MAX_INTEGER_DIGITS = 24;

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private static final Pattern AMBIGUOUS = Pattern.compile("[+-]?[1-9][0-9]{0,2}\\.[0-9]{3}");

	private static final Pattern SEPARATED_NUMBER = Pattern.compile("[+-]?[\\d.,]*\\d[\\d.,]*");

	private ValueCheck() {
	}

	/** Why the row's value is not a figure of {@code indicator}, or null when it is one. */
	static Message problem(RawRow row, Indicator indicator) {
		String text = row.value();
		return switch (row.valueKind()) {
			case TEXT -> textProblem(text, indicator);
			case NUMBER -> numberProblem(text, indicator);
			case PERCENT -> indicator.unit() == Unit.PERCENT ? numberProblem(text, indicator)
					: Message.of("value.percent_cell", "value", text + "%", "code", indicator.code(), "unit", indicator.unit());
			case DATE, MONTH -> Message.of("value.date_cell", "value", text);
			case BOOLEAN -> Message.of("value.boolean_cell", "value", text);
			case ERROR -> Message.of("value.error_cell", "value", text);
			case UNCOMPUTED -> Message.of("value.uncomputed", "value", Quoted.value(text));
		};
	}

	/** The value of a row that passed {@link #problem}, in the unit it was written in. */
	static BigDecimal number(RawRow row) {
		return new BigDecimal(row.value().startsWith("+") ? row.value().substring(1) : row.value());
	}

	private static Message textProblem(String text, Indicator indicator) {
		if (text == null || text.isEmpty()) {
			return Message.of("value.empty");
		}
		if (!NUMBER.matcher(text).matches()) {
			if (text.endsWith("%") && NUMBER.matcher(text.substring(0, text.length() - 1).strip()).matches()) {
				return Message.of("value.percent_text", "value", Quoted.value(text), "number",
						text.substring(0, text.length() - 1).strip());
			}
			if (SEPARATED_NUMBER.matcher(text).matches() && text.indexOf(',') >= 0) {
				return Message.of("value.comma", "value", Quoted.value(text), "readings", readings(text));
			}
			return Message.of("value.not_number", "value", Quoted.value(text));
		}
		if (indicator.decimals() < 3 && AMBIGUOUS.matcher(text).matches()) {
			String thousands = text.replace(".", "");
			String decimal = new BigDecimal(text).stripTrailingZeros().toPlainString();
			if (decimal.indexOf('.') >= 0 && decimal.length() - decimal.indexOf('.') - 1 == 3) {
				decimal += "0";
			}
			return Message.of("value.ambiguous", "value", Quoted.value(text), "thousands", thousands, "decimal", decimal);
		}
		return numberProblem(text, indicator);
	}

	private static Message numberProblem(String text, Indicator indicator) {
		BigDecimal value = new BigDecimal(text);
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			return Message.of("value.too_long", "value", Quoted.value(text), "digits", MAX_INTEGER_DIGITS);
		}
		if (indicator.unit() == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
			return Message.of("value.not_whole", "value", Quoted.value(text), "code", indicator.code());
		}
		return null;
	}

	/** How to write a number typed with separators, in each of its possible readings. */
	private static Message readings(String text) {
		int comma = text.lastIndexOf(',');
		int point = text.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			// both: the last one is the decimal point, the other separates thousands
			char thousands = comma > point ? '.' : ',';
			String plain = text.replace(String.valueOf(thousands), "").replace(',', '.');
			return Message.of("value.write", "number", plain);
		}
		String digits = text.replace(",", "");
		if (text.indexOf(',') != comma) {
			return Message.of("value.write", "number", digits);
		}
		String decimal = text.replace(',', '.');
		if (text.length() - comma - 1 == 3) {
			return Message.of("value.write.either", "thousands", digits, "decimal", decimal);
		}
		return Message.of("value.write", "number", decimal);
	}

}
