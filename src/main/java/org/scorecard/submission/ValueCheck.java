package org.scorecard.submission;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.Unit;
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
	static String problem(RawRow row, Indicator indicator) {
		String text = row.value();
		return switch (row.valueKind()) {
			case TEXT -> textProblem(text, indicator);
			case NUMBER -> numberProblem(text, indicator);
			case PERCENT -> indicator.unit() == Unit.PERCENT ? numberProblem(text, indicator)
					: "the cell shows " + text + "%, formatted as a percentage, but " + indicator.code() + " is in "
							+ indicator.unit() + ", not a percentage: type the figure itself in a cell without the % format";
			case DATE, MONTH -> "the cell holds the date " + text + ", not a number: type the figure in a cell formatted as "
					+ "a number";
			case BOOLEAN -> "the cell holds " + text + ", not a number";
			case ERROR -> "the cell holds the error " + text + " (its formula cannot be computed), not a number";
			case UNCOMPUTED -> "the cell holds the formula " + Quoted.value(text) + " but no computed result (the file "
					+ "was written by a program, not saved by a spreadsheet): open it in Excel, LibreOffice or WPS and "
					+ "save it again";
		};
	}

	/** The value of a row that passed {@link #problem}, in the unit it was written in. */
	static BigDecimal number(RawRow row) {
		return new BigDecimal(row.value().startsWith("+") ? row.value().substring(1) : row.value());
	}

	private static String textProblem(String text, Indicator indicator) {
		if (text == null || text.isEmpty()) {
			return "the value is empty";
		}
		if (!NUMBER.matcher(text).matches()) {
			if (text.endsWith("%") && NUMBER.matcher(text.substring(0, text.length() - 1).strip()).matches()) {
				return Quoted.value(text) + " is not a decimal number: write "
						+ text.substring(0, text.length() - 1).strip() + " without the % sign";
			}
			if (SEPARATED_NUMBER.matcher(text).matches() && text.indexOf(',') >= 0) {
				return Quoted.value(text) + " uses a comma; write numbers with '.' as the decimal point and no thousands "
						+ "separators: " + readings(text);
			}
			return Quoted.value(text) + " is not a decimal number (digits, optionally a '.' and more digits)";
		}
		if (indicator.decimals() < 3 && AMBIGUOUS.matcher(text).matches()) {
			String thousands = text.replace(".", "");
			String decimal = new BigDecimal(text).stripTrailingZeros().toPlainString();
			if (decimal.indexOf('.') >= 0 && decimal.length() - decimal.indexOf('.') - 1 == 3) {
				decimal += "0";
			}
			return Quoted.value(text) + " is ambiguous, as in Vietnamese usage the point separates thousands: write "
					+ thousands + " if the point separates thousands, or " + decimal + " if it is the decimal point";
		}
		return numberProblem(text, indicator);
	}

	private static String numberProblem(String text, Indicator indicator) {
		BigDecimal value = new BigDecimal(text);
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			return Quoted.value(text) + " has more than " + MAX_INTEGER_DIGITS + " digits before the decimal point";
		}
		if (indicator.unit() == Unit.COUNT && value.stripTrailingZeros().scale() > 0) {
			return Quoted.value(text) + " is not a whole number, and " + indicator.code() + " is a count";
		}
		return null;
	}

	/** How to write a number typed with separators, in each of its possible readings. */
	private static String readings(String text) {
		int comma = text.lastIndexOf(',');
		int point = text.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			// both: the last one is the decimal point, the other separates thousands
			char thousands = comma > point ? '.' : ',';
			String plain = text.replace(String.valueOf(thousands), "").replace(',', '.');
			return "write " + plain;
		}
		String digits = text.replace(",", "");
		if (text.indexOf(',') != comma) {
			return "write " + digits;
		}
		String decimal = text.replace(',', '.');
		if (text.length() - comma - 1 == 3) {
			return "write " + digits + " if the comma separates thousands, or " + decimal + " if it is the decimal point";
		}
		return "write " + decimal;
	}

}
