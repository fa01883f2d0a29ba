package org.scorecard.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.scorecard.text.Texts;

/**
 * The workbook's words in the run's language: {@code templates/workbook_LANG.properties} over the
 * report's texts, so that status words, units, measures and reasons are the report's own. Headers are
 * one line per sheet, columns separated by "|"; a line with the wrong number of columns is an error
 * that names the key, rather than headers shifted against their columns.
 */
final class Words {

	private final Texts texts;

	private final DateTimeFormatter dates;

	Words(Texts texts) {
		this.texts = texts;
		this.dates = DateTimeFormatter.ofPattern(texts.get("workbook.date"), texts.lang().locale());
	}

	Texts texts() {
		return texts;
	}

	String get(String key) {
		return texts.get(key);
	}

	String format(String key, Object... values) {
		return texts.format(key, values);
	}

	/** The name of a sheet: {@code sheet.KEY}. */
	String sheet(String key) {
		return texts.get("sheet." + key);
	}

	/** The column headers of {@code KEY.headers}, which must be {@code count}. */
	String[] headers(String key, int count, Object... values) {
		String[] headers = texts.format(key + ".headers", values).split("\\|", -1);
		if (headers.length != count) {
			throw new IllegalStateException("The workbook texts' '" + key + ".headers' must have " + count
					+ " columns separated by |, not " + headers.length + ".");
		}
		for (int i = 0; i < headers.length; i++) {
			headers[i] = headers[i].strip();
		}
		return headers;
	}

	/** The word of a status code (the report's {@code status.CODE}); null stays null. */
	String status(String code) {
		return code == null ? null : texts.status(code);
	}

	/**
	 * The text of {@code KEY.code}, or the code itself where the texts have none (a unit or reason the
	 * report's texts do not list yet): a workbook is written all the same.
	 */
	String word(String key, String code) {
		if (code == null) {
			return null;
		}
		try {
			return texts.get(key + "." + code);
		}
		catch (IllegalStateException ex) {
			return code;
		}
	}

	String yes() {
		return texts.get("word.yes");
	}

	/** A date written as text (due dates, the deadline). */
	String date(LocalDate date) {
		return date == null ? null : dates.format(date);
	}

}
