package org.scorecard.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.reference.Task;
import org.scorecard.task.TaskStatus;

/** "Tasks": every task (as tasks.csv words it) with its status as of the period's last day. */
final class TasksSheet {

	private TasksSheet() {
	}

	static void write(WorkbookRun book) {
		LocalDate asOf = book.context().asOf();
		Styles styles = book.styles();
		Words words = book.words();
		PagedSheet sheet = book.list(words.sheet("tasks"), book.reference().tasks().size(),
				words.headers("tasks", 7, "date", words.date(asOf)), new int[] { 8, 60, 36, 12, 11, 11, 18 });
		for (Task task : book.reference().tasks()) {
			Row row = sheet.next();
			String status = TaskStatus.of(task, asOf).code();
			Cells.text(row, 0, task.id(), styles.text);
			Cells.text(row, 1, task.title(words.texts().lang()), styles.text);
			Cells.text(row, 2, task.source(words.texts().lang()), styles.text);
			Cells.text(row, 3, task.leadAgency(), styles.normal);
			Cells.text(row, 4, words.date(task.dueDate()), styles.normal);
			Cells.text(row, 5, words.date(task.completedOn()), styles.normal);
			Cells.text(row, 6, words.status(status), styles.status(status));
		}
		sheet.finish();
	}

}
