package org.scorecard.aggregation;

import java.math.BigDecimal;
import java.math.MathContext;

import org.scorecard.reference.Aggregation;

/**
 * The few operations of rules.md section 3 on figures the database has already summed: every
 * division to 34 significant digits ({@link MathContext#DECIMAL128}), everything else exact, and
 * {@code null} in, {@code null} out.
 */
final class Arithmetic {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Arithmetic() {
	}

	/** The year-to-date of {@code count} months: their sum, their mean, or the latest month's value. */
	static BigDecimal aggregate(Aggregation aggregation, BigDecimal sum, int count, BigDecimal latest) {
		if (count == 0) {
			return null;
		}
		return switch (aggregation) {
			case SUM -> sum;
			case LAST -> latest;
			case AVG -> sum.divide(BigDecimal.valueOf(count), PRECISION);
			case RATIO, DIFFERENCE -> throw new IllegalArgumentException("a derived indicator has no months of its own");
		};
	}

	/** {@code ratio}: num / den x 100, null when den is missing or 0; {@code difference}: num - den. */
	static BigDecimal derive(Aggregation aggregation, BigDecimal num, BigDecimal den) {
		if (num == null || den == null) {
			return null;
		}
		if (aggregation == Aggregation.DIFFERENCE) {
			return num.subtract(den);
		}
		return den.signum() == 0 ? null : num.divide(den, PRECISION).multiply(HUNDRED);
	}

	/** (current / previous - 1) x 100; null when either is missing or previous is 0. */
	static BigDecimal growth(BigDecimal current, BigDecimal previous) {
		if (current == null || previous == null || previous.signum() == 0) {
			return null;
		}
		return current.divide(previous, PRECISION).subtract(BigDecimal.ONE).multiply(HUNDRED);
	}

}
