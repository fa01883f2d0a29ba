package org.scorecard.reference;

import java.time.LocalDate;

/** A task with exactly one lead agency; {@code completedOn} is null while it is not done. */
public record Task(String id, String title, String source, String leadAgency, LocalDate dueDate,
		LocalDate completedOn) {
}
