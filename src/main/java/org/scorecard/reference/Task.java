package org.scorecard.reference;

import java.time.LocalDate;

import org.scorecard.text.Language;

/**
 * A task with exactly one lead agency; {@code completedOn} is null while it is not done. The
 * Vietnamese title and source ({@code title_vi}, {@code source_vi}) are optional.
 */
public record Task(String id, String title, String source, String leadAgency, LocalDate dueDate,
		LocalDate completedOn, String titleVi, String sourceVi) {

	/** A task written in one language only, as tasks.csv without the _vi columns gives it. */
	public Task(String id, String title, String source, String leadAgency, LocalDate dueDate, LocalDate completedOn) {
		this(id, title, source, leadAgency, dueDate, completedOn, null, null);
	}

	public String title(Language lang) {
		return lang.name(title, titleVi);
	}

	public String source(Language lang) {
		return lang.name(source, sourceVi);
	}

}
