package org.scorecard.reference;

import org.scorecard.text.Language;

/**
 * A check between two indicators of one agency and period, such as PROC_DECENTRALISED &lt;= PROC_TOTAL;
 * {@code messageVi} (rules.csv's optional {@code message_vi}) is the message in Vietnamese.
 */
public record Rule(String left, String operator, String right, String message, String messageVi) {

	public Rule(String left, String operator, String right, String message) {
		this(left, operator, right, message, null);
	}

	/** The rule as summary.json names it: {@code LEFT<op>RIGHT} without spaces. */
	public String label() {
		return left + operator + right;
	}

	public String message(Language lang) {
		return lang.name(message, messageVi);
	}

}
