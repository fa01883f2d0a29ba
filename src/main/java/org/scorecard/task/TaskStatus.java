package org.scorecard.task;

import java.time.LocalDate;

import org.scorecard.reference.Task;

/** The status of a task as of the period's last day E. */
public enum TaskStatus {

	DONE_ON_TIME, DONE_LATE, OVERDUE, OPEN;

	/** rules.md section 8: done on or before E (on time if by the due date), else overdue if due by E, else open. */
	public static TaskStatus of(Task task, LocalDate asOf) {
		LocalDate completed = task.completedOn();
		if (completed != null && !completed.isAfter(asOf)) {
			return completed.isAfter(task.dueDate()) ? DONE_LATE : DONE_ON_TIME;
		}
		return task.dueDate().isAfter(asOf) ? OPEN : OVERDUE;
	}

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
