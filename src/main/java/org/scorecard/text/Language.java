package org.scorecard.text;

import java.util.Locale;

/** The languages of the reports and mail: Vietnamese and English, each with its code in file names. */
public enum Language {

	EN("en"), VI("vi");

	private final String code;

	Language(String code) {
		this.code = code;
	}

	/** {@code en} or {@code vi}, as in {@code report_vi.properties} and {@code --lang vi}. */
	public String code() {
		return code;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code);
	}

	/** The language of a code; throws with a sentence a clerk can act on. */
	public static Language of(String code) {
		for (Language language : values()) {
			if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
				return language;
			}
		}
		throw new IllegalArgumentException("The report language must be en or vi, not '" + code + "'.");
	}

	/** A name in this language: the Vietnamese one where there is one, else the English one. */
	public String name(String english, String vietnamese) {
		return this == VI && vietnamese != null && !vietnamese.isBlank() ? vietnamese : english;
	}

	/** The name in this language and the other one too, for headings: "Hanoi (Hà Nội)". */
	public String both(String english, String vietnamese) {
		String name = name(english, vietnamese);
		String other = this == VI ? english : vietnamese;
		return other == null || other.isBlank() || other.equals(name) ? name : name + " (" + other + ")";
	}

}
