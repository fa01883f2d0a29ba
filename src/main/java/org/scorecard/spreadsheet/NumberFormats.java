package org.scorecard.spreadsheet;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What a number format makes a numeric cell show: a plain number, a percentage, a date (or
 * date-time), or a month. A format is read by its tokens outside quoted text, brackets and escapes,
 * so {@code "ngày "d" tháng "m" năm "yyyy} is a date (the letters of "ngày" and "năm" are text), and
 * {@code 0.0 "tỷ đồng"} is a number. Only the first section (before {@code ;}) is looked at: it is
 * the one a positive value shows.
 */
final class NumberFormats {

	enum Shows {
		NUMBER, PERCENT, DATE, MONTH
	}

	private NumberFormats() {
	}

	/** What a cell with built-in format {@code id} and format code {@code code} (null if none) shows. */
	static Shows of(int id, String code) {
		if (code == null) {
			// the East Asian built-in ids 27-36 and 50-58 are dates; others have a code POI knows
			if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
				return Shows.DATE;
			}
			code = id >= 0 && id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX ? BuiltinFormats.getBuiltinFormat(id) : null;
		}
		return of(code);
	}

	static Shows of(String code) {
		if (code == null || code.isBlank()) {
			return Shows.NUMBER;
		}
		boolean day = false;
		boolean month = false;
		boolean year = false;
		boolean time = false;
		boolean percent = false;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			switch (c) {
				case ';' -> i = code.length();
				case '"' -> {
					int close = code.indexOf('"', i + 1);
					i = close < 0 ? code.length() : close;
				}
				case '\\', '_', '*' -> i++;
				case '[' -> {
					int close = code.indexOf(']', i + 1);
					String inside = close < 0 ? "" : code.substring(i + 1, close).toLowerCase(java.util.Locale.ROOT);
					// [h], [mm], [ss]: elapsed time; anything else ([Red], [$-42A], [>100], [DBNum1]) shows nothing
					time |= inside.matches("h+|m+|s+");
					i = close < 0 ? code.length() : close;
				}
				case '%' -> percent = true;
				case 'd', 'D' -> day = true;
				case 'm', 'M' -> month = true;
				case 'y', 'Y' -> year = true;
				case 'h', 'H', 's', 'S' -> time = true;
				case 'e', 'E' -> {
					// E+ / E- is a scientific exponent; "General" is the general format
					if (code.regionMatches(true, i, "e+", 0, 2) || code.regionMatches(true, i, "e-", 0, 2)) {
						i++;
					}
				}
				case 'g', 'G' -> {
					if (code.regionMatches(true, i, "general", 0, 7)) {
						i += 6;
					}
				}
				case 'a', 'A' -> {
					if (code.regionMatches(true, i, "am/pm", 0, 5)) {
						time = true;
						i += 4;
					}
					else if (code.regionMatches(true, i, "a/p", 0, 3)) {
						time = true;
						i += 2;
					}
				}
				default -> {
					// digits placeholders, separators and literal characters show no date part
				}
			}
		}
		if (day || time) {
			return Shows.DATE;
		}
		if (month && year) {
			return Shows.MONTH;
		}
		if (month || year) {
			return Shows.DATE;
		}
		return percent ? Shows.PERCENT : Shows.NUMBER;
	}

}
