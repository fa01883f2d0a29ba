package org.scorecard.reference;

public enum Measure {

	VALUE_MONTH, VALUE_YTD, GROWTH_MONTH, GROWTH_YTD, PLAN_YEAR;

	public boolean isGrowth() {
		return this == GROWTH_MONTH || this == GROWTH_YTD;
	}

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
