package org.scorecard.reference;

import org.scorecard.text.Language;

/** A body that reports; {@code parent} is null for a root of the tree. */
public record Agency(String code, String name, String nameVi, AgencyKind kind, String parent, String email,
		boolean reports) {

	/** Its name in a language (Vietnamese where it has one). */
	public String name(Language language) {
		return language.name(name, nameVi);
	}

	/** Its name in a language and the other one: "Hanoi (Hà Nội)". */
	public String fullName(Language language) {
		return language.both(name, nameVi);
	}

}
