package org.scorecard.reference;

import org.scorecard.text.Language;

/** A quantity agencies report; {@code numerator} and {@code denominator} are set for derived ones only. */
public record Indicator(String code, String name, String nameVi, Unit unit, Aggregation aggregation,
		String numerator, String denominator, Direction direction, int decimals) {

	/** Its name in a language (Vietnamese where it has one). */
	public String name(Language language) {
		return language.name(name, nameVi);
	}

}
