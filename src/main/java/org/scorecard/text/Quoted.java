package org.scorecard.text;

/**
 * What a sender wrote, made visible in a message: control characters, white space other than a
 * plain space, and invisible format characters (zero-width space, byte-order mark, direction marks,
 * soft hyphen) are written {@code \\uXXXX}, so {@code 'HN\\u00A0'} shows why a code did not match.
 * Letters, Vietnamese diacritics and combining marks are kept as they are.
 */
public final class Quoted {

	private Quoted() {
	}

	/** {@code text} between single quotes, invisible characters escaped; "empty" for null or "". */
	public static String value(String text) {
		return text == null || text.isEmpty() ? "empty" : "'" + visible(text) + "'";
	}

	/** {@code text} with every invisible character escaped. */
	public static String visible(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (invisible(text, i)) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				out.append(String.format("\\u%04X", (int) c));
			}
			else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean invisible(String text, int i) {
		char c = text.charAt(i);
		if (c == ' ') {
			return false;
		}
		if (Character.isISOControl(c) || c >= 0xFFFE || WhiteSpace.is(c)) {
			return true;
		}
		if (Character.isSurrogate(c)) {
			return !validSurrogate(text, i);
		}
		int type = Character.getType(c);
		return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
	}

	private static boolean validSurrogate(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

}
