package org.scorecard.reference;

/** A body that reports; {@code parent} is null for a root of the tree. */
public record Agency(String code, String name, String nameVi, AgencyKind kind, String parent, String email,
		boolean reports) {
}
