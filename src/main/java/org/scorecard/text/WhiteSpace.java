package org.scorecard.text;

/**
 * White space as rules.md section 0 defines it: the characters with the Unicode White_Space
 * property (space, tab, line breaks, no-break space U+00A0, the spaces U+2000 to U+200A, narrow
 * no-break U+202F, ideographic U+3000, ...). Java's {@link String#strip()} misses the no-break
 * spaces and counts some control characters; a code copied from a web page or Word ends in U+00A0.
 */
public final class WhiteSpace {

	private WhiteSpace() {
	}

	/** Whether {@code c} has the Unicode White_Space property. */
	public static boolean is(int c) {
		return switch (c) {
			case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
			default -> c >= 0x2000 && c <= 0x200A;
		};
	}

	/** {@code text} without leading and trailing white space; null stays null. */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int start = 0;
		int end = text.length();
		while (start < end && is(text.charAt(start))) {
			start++;
		}
		while (end > start && is(text.charAt(end - 1))) {
			end--;
		}
		return start == 0 && end == text.length() ? text : text.substring(start, end);
	}

	/** Whether {@code text} is null, empty or white space only. */
	public static boolean isBlank(String text) {
		return text == null || strip(text).isEmpty();
	}

}
