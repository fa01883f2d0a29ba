package org.scorecard.reference;

/** How months add up to the year and children to a parent (contract section 2). */
public enum Aggregation {

	SUM, LAST, AVG, RATIO, DIFFERENCE;

	/** Ratio and difference are computed from two other indicators and never submitted. */
	public boolean isDerived() {
		return this == RATIO || this == DIFFERENCE;
	}

}
