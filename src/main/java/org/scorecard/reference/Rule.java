package org.scorecard.reference;

/** A check between two indicators of one agency and period, such as PROC_DECENTRALISED &lt;= PROC_TOTAL. */
public record Rule(String left, String operator, String right, String message) {

	/** The rule as summary.json names it: {@code LEFT<op>RIGHT} without spaces. */
	public String label() {
		return left + operator + right;
	}

}
