package org.scorecard.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.scorecard.reference.Task;

/** As of E = 2026-09-30 (period 2026-09, calendar cut-off). */
class TaskStatusTests {

	static final LocalDate E = LocalDate.of(2026, 9, 30);

	private static TaskStatus status(String due, String completed) {
		return TaskStatus.of(new Task("T", "t", "s", "HN", LocalDate.parse(due),
				completed == null ? null : LocalDate.parse(completed)), E);
	}

	@Test
	void shouldBeDoneOnTimeWhenCompletedByTheDueDate() {
		assertThat(status("2026-09-15", "2026-09-15")).isEqualTo(TaskStatus.DONE_ON_TIME);
	}

	@Test
	void shouldBeDoneLateWhenCompletedAfterTheDueDateButByE() {
		assertThat(status("2026-09-15", "2026-09-16")).isEqualTo(TaskStatus.DONE_LATE);
		assertThat(status("2026-09-15", "2026-09-30")).isEqualTo(TaskStatus.DONE_LATE);
	}

	@Test
	void shouldBeOverdueWhenDueByEAndNotCompletedByE() {
		assertThat(status("2026-09-30", null)).isEqualTo(TaskStatus.OVERDUE);
		assertThat(status("2026-09-20", "2026-10-05")).isEqualTo(TaskStatus.OVERDUE);
	}

	@Test
	void shouldBeOpenWhenDueAfterE() {
		assertThat(status("2026-10-01", null)).isEqualTo(TaskStatus.OPEN);
		assertThat(status("2026-12-31", "2026-10-02")).isEqualTo(TaskStatus.OPEN);
	}

	@Test
	void shouldCountACompletionBeforeTheDueDateAsOnTime() {
		assertThat(status("2026-12-31", "2026-08-01")).isEqualTo(TaskStatus.DONE_ON_TIME);
	}

}
