package org.scorecard.reference;

import java.math.BigDecimal;

/** What an indicator should reach for one agency in one year; {@code tolerance} null means the default. */
public record Target(String indicator, String agency, int year, Measure measure, Operator operator,
		BigDecimal value, BigDecimal valueMax, BigDecimal tolerance) {
}
