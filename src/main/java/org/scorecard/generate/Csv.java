package org.scorecard.generate;

/** RFC 4180 quoting of one field. */
final class Csv {

	private Csv() {
	}

	static String quote(String s) {
		if (s == null) {
			return "";
		}
		if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}

}
