package org.scorecard.reference;

import org.scorecard.text.Language;

/**
 * A body that reports; {@code parent} is null for a root of the tree. {@code lang} is the language it
 * is written to in (agencies.csv {@code lang}, Vietnamese unless it says {@code en}).
 */
public record Agency(String code, String name, String nameVi, AgencyKind kind, String parent, String email,
		boolean reports, Language lang) {

	public Agency {
		lang = lang == null ? Language.VI : lang;
	}

	/** An agency written to in Vietnamese, as agencies.csv without the lang column gives it. */
	public Agency(String code, String name, String nameVi, AgencyKind kind, String parent, String email,
			boolean reports) {
		this(code, name, nameVi, kind, parent, email, reports, Language.VI);
	}

	/** Its name in a language (Vietnamese where it has one). */
	public String name(Language language) {
		return language.name(name, nameVi);
	}

	/** Its name in a language and the other one: "Hanoi (Hà Nội)". */
	public String fullName(Language language) {
		return language.both(name, nameVi);
	}

}
