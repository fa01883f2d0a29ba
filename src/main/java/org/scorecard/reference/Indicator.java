package org.scorecard.reference;

/** A quantity agencies report; {@code numerator} and {@code denominator} are set for derived ones only. */
public record Indicator(String code, String name, String nameVi, Unit unit, Aggregation aggregation,
		String numerator, String denominator, Direction direction, int decimals) {
}
