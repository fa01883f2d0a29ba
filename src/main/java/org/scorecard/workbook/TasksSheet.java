package org.scorecard.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.reference.Task;
import org.scorecard.task.TaskStatus;

/** "Tasks": every task with its status as of the period's last day. */
final class TasksSheet {

	private TasksSheet() {
	}

	static void write(WorkbookRun book) {
		LocalDate asOf = book.context().asOf();
		Styles styles = book.styles();
		PagedSheet sheet = book.list("Tasks", book.reference().tasks().size(),
				new String[] { "Id", "Title", "Source", "Lead agency", "Due", "Completed", "Status as of " + asOf },
				new int[] { 8, 60, 36, 12, 11, 11, 14 });
		for (Task task : book.reference().tasks()) {
			Row row = sheet.next();
			String status = TaskStatus.of(task, asOf).code();
			Cells.text(row, 0, task.id(), styles.text);
			Cells.text(row, 1, task.title(), styles.text);
			Cells.text(row, 2, task.source(), styles.text);
			Cells.text(row, 3, task.leadAgency(), null);
			Cells.text(row, 4, task.dueDate().toString(), null);
			Cells.text(row, 5, task.completedOn() == null ? null : task.completedOn().toString(), null);
			Cells.text(row, 6, status, styles.status(status));
		}
		sheet.finish();
	}

}
