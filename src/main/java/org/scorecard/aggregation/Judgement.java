package org.scorecard.aggregation;

import java.math.BigDecimal;

import org.scorecard.reference.Direction;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Operator;
import org.scorecard.reference.Target;

/**
 * A result judged against its target, exactly as rules.md section 6 says: the status, the value
 * measured, for {@code plan_year} the expected year-to-date (value x m / 12), and the tolerance applied.
 */
public record Judgement(Status status, BigDecimal measured, BigDecimal expected, BigDecimal tolerance) {

	private static final BigDecimal ONE_POINT = BigDecimal.ONE;

	private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	public static final Judgement NO_TARGET = new Judgement(Status.NO_TARGET, null, null, null);

	/**
	 * Judges {@code figures} against {@code target} after month {@code m} of the target's year;
	 * {@code direction} decides which end of a {@code between} range is {@code exceeded}.
	 */
	public static Judgement of(Target target, Direction direction, Figures figures, int m) {
		Measure measure = target.measure();
		BigDecimal x = figures.measured(measure);
		BigDecimal expected = measure == Measure.PLAN_YEAR
				? target.value().multiply(BigDecimal.valueOf(m)).divide(TWELVE, Arithmetic.PRECISION) : null;
		if (x == null) {
			return new Judgement(Status.NO_DATA, null, expected, null);
		}
		if (measure == Measure.PLAN_YEAR) {
			BigDecimal t = tolerance(target, fivePercentOf(expected));
			return new Judgement(planYear(target.operator(), x, target.value(), expected, t, m), x, expected, t);
		}
		BigDecimal value = target.value();
		return switch (target.operator()) {
			case AT_LEAST -> {
				BigDecimal t = tolerance(target, measure.isGrowth() ? ONE_POINT : fivePercentOf(value));
				yield new Judgement(x.compareTo(value) >= 0 ? Status.ACHIEVED
						: x.compareTo(value.subtract(t)) >= 0 ? Status.AT_RISK : Status.OFF_TRACK, x, null, t);
			}
			case AT_MOST -> {
				BigDecimal t = tolerance(target, measure.isGrowth() ? ONE_POINT : fivePercentOf(value));
				yield new Judgement(x.compareTo(value) <= 0 ? Status.ACHIEVED
						: x.compareTo(value.add(t)) <= 0 ? Status.AT_RISK : Status.OFF_TRACK, x, null, t);
			}
			case BETWEEN -> between(target, direction, measure, x);
		};
	}

	private static Judgement between(Target target, Direction direction, Measure measure, BigDecimal x) {
		BigDecimal low = target.value();
		BigDecimal high = target.valueMax();
		boolean below = x.compareTo(low) < 0;
		boolean above = x.compareTo(high) > 0;
		BigDecimal nearer = below ? low : high;
		BigDecimal t = tolerance(target, measure.isGrowth() ? ONE_POINT : fivePercentOf(nearer));
		if (!below && !above) {
			return new Judgement(Status.ACHIEVED, x, null, t);
		}
		if ((above && direction == Direction.UP) || (below && direction == Direction.DOWN)) {
			return new Judgement(Status.EXCEEDED, x, null, t);
		}
		BigDecimal distance = x.subtract(nearer).abs();
		return new Judgement(distance.compareTo(t) <= 0 ? Status.AT_RISK : Status.OFF_TRACK, x, null, t);
	}

	private static Status planYear(Operator operator, BigDecimal x, BigDecimal value, BigDecimal expected,
			BigDecimal t, int m) {
		Status onTrack = m == 12 ? Status.ACHIEVED : Status.ON_TRACK;
		if (operator == Operator.AT_LEAST) {
			if (x.compareTo(value) >= 0) {
				return Status.ACHIEVED;
			}
			if (x.compareTo(expected) >= 0) {
				return onTrack;
			}
			return x.compareTo(expected.subtract(t)) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
		}
		if (x.compareTo(value) > 0) {
			return Status.OFF_TRACK;
		}
		if (x.compareTo(expected) <= 0) {
			return onTrack;
		}
		return x.compareTo(expected.add(t)) <= 0 ? Status.AT_RISK : Status.OFF_TRACK;
	}

	private static BigDecimal tolerance(Target target, BigDecimal byDefault) {
		return target.tolerance() != null ? target.tolerance() : byDefault;
	}

	private static BigDecimal fivePercentOf(BigDecimal value) {
		return value.abs().multiply(FIVE_PERCENT);
	}

}
