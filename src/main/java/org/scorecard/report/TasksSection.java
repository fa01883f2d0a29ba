package org.scorecard.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.reference.Task;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Texts;

/** Tasks by lead agency, and the overdue ones. */
final class TasksSection extends Section {

	static final String OVERDUE = "tasks:overdue";

	TasksSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("tasks");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.tasks"), "tasks");
		doc.subsection(texts.get("tasks.byLead"));
		Map<String, Map<TaskStatus, Integer>> byLead = new LinkedHashMap<>();
		data.reference()
			.tasks()
			.stream()
			.sorted((a, b) -> Integer.compare(data.position(a.leadAgency()), data.position(b.leadAgency())))
			.forEach(t -> byLead.computeIfAbsent(t.leadAgency(), k -> taskCounts(List.of())).merge(data.status(t), 1,
					Integer::sum));
		PdfPTable counts = Pdf.table(4f, 1.4f, 1.4f, 1.4f, 1.4f);
		doc.pdf.header(counts, texts.get("col.lead"), words.status("done_on_time"), words.status("done_late"),
				words.status("overdue"), words.status("open"));
		for (var lead : byLead.entrySet()) {
			counts.addCell(doc.pdf.text(words.agency(lead.getKey())));
			for (TaskStatus status : TaskStatus.values()) {
				int count = lead.getValue().get(status);
				counts.addCell(count > 0 && status == TaskStatus.OVERDUE ? doc.pdf.status("overdue", Integer.toString(count))
						: doc.pdf.number(Integer.toString(count)));
			}
		}
		doc.add(counts);
		doc.subsection(texts.get("tasks.overdue"), OVERDUE);
		List<Task> overdue = data.reference().tasks().stream().filter(t -> data.status(t) == TaskStatus.OVERDUE).toList();
		if (overdue.isEmpty()) {
			doc.paragraph(texts.get("tasks.overdue.none"));
			return;
		}
		PdfPTable table = Pdf.table(1f, 5f, 2.2f, 1.6f, 3f);
		doc.pdf.header(table, "#", texts.get("col.task"), texts.get("col.lead"), texts.get("col.due"),
				texts.get("col.source"));
		for (Task task : overdue) {
			table.addCell(doc.pdf.text(task.id()));
			table.addCell(doc.pdf.text(task.title(texts.lang())));
			table.addCell(doc.pdf.text(words.agency(task.leadAgency())));
			table.addCell(doc.pdf.text(texts.date(task.dueDate())));
			table.addCell(doc.pdf.text(task.source(texts.lang())));
		}
		doc.add(table);
	}

}
