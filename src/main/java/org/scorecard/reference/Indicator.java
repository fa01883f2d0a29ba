package org.scorecard.reference;

import org.scorecard.text.Language;

/**
 * A quantity agencies report; {@code numerator} and {@code denominator} are set for derived ones only.
 * {@code key}: whether the scorecard matrix shows it (indicators.csv {@code key} yes or no); null when
 * the file does not say, and then it is key when the nation has a target for it.
 */
public record Indicator(String code, String name, String nameVi, Unit unit, Aggregation aggregation,
		String numerator, String denominator, Direction direction, int decimals, Boolean key) {

	public Indicator(String code, String name, String nameVi, Unit unit, Aggregation aggregation, String numerator,
			String denominator, Direction direction, int decimals) {
		this(code, name, nameVi, unit, aggregation, numerator, denominator, direction, decimals, null);
	}

	/** Its name in a language (Vietnamese where it has one). */
	public String name(Language language) {
		return language.name(name, nameVi);
	}

}
