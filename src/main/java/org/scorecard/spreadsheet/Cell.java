package org.scorecard.spreadsheet;

import org.scorecard.text.WhiteSpace;

/**
 * One cell as the program that wrote the file shows it. {@code text} is, by kind: the text as
 * stored (untrimmed); a number written exactly as Excel shows it with 15 significant digits
 * ({@code 0.1} stays {@code 0.1}); for a percentage the number shown before the sign ({@code 24.7}
 * for a cell holding 0.247 formatted {@code 0.0%}); an ISO date or date-time; a month
 * {@code YYYY-MM} for a date whose format shows no day; {@code TRUE}/{@code FALSE}; an error
 * ({@code #DIV/0!}); null for a formula whose result was never computed. {@code formula} is the
 * formula's text (without {@code =}) or null.
 */
public record Cell(Kind kind, String text, String formula) {

	/** What a cell holds, as its program shows it. */
	public enum Kind {
		TEXT, NUMBER, PERCENT, DATE, MONTH, BOOLEAN, ERROR,
		/** A formula without a stored result (written by a library, or marked to be recomputed on opening). */
		UNCOMPUTED
	}

	public static Cell text(String text) {
		return new Cell(Kind.TEXT, text, null);
	}

	Cell withFormula(String formula) {
		return new Cell(kind, text, formula);
	}

	/** The cell for the audit trail: what it shows, and its formula when it has one. */
	public String shown() {
		String value = kind == Kind.PERCENT ? text + "%" : text;
		if (formula == null) {
			return value;
		}
		return value == null ? "=" + formula : "=" + formula + " → " + value;
	}

	/** Whether the cell shows nothing: no value, or a text of white space only. */
	public boolean isEmpty() {
		return kind != Kind.UNCOMPUTED && (text == null || (kind == Kind.TEXT && WhiteSpace.isBlank(text)));
	}

}
