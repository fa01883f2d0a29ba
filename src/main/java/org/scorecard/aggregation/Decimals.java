package org.scorecard.aggregation;

import java.math.BigDecimal;

/** How unrounded figures are written for machines: plain digits, no exponent, no trailing zeros. */
public final class Decimals {

	private Decimals() {
	}

	/** The value without trailing zeros (16000.000 becomes 16000), null stays null. */
	public static BigDecimal normalized(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	public static String plain(BigDecimal value) {
		return value == null ? "" : normalized(value).toPlainString();
	}

}
