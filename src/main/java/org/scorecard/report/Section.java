package org.scorecard.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.reference.Task;
import org.scorecard.task.TaskStatus;
import org.scorecard.text.Texts;

/** One section of a PDF report, written from the run's report data in the texts' language. */
abstract class Section {

	final ReportData data;

	final Texts texts;

	final Wording words;

	Section(ReportData data, Texts texts) {
		this.data = data;
		this.texts = texts;
		this.words = new Wording(texts, data);
	}

	abstract void write(PdfDocument doc) throws DocumentException;

	/** A line of the table of contents: the section's title and the anchor of its heading. */
	record Entry(String title, String anchor) {
	}

	/** This section's line in the table of contents; none by default. */
	Entry contents() {
		return null;
	}

	/** A contents line for a section whose heading is {@code section.NAME} and whose anchor is NAME. */
	Entry entry(String name) {
		return new Entry(texts.get("section." + name), name);
	}

	/** Writes the rows so far of a long table, so memory holds at most a few hundred rows. */
	static void flushEvery(PdfDocument doc, PdfPTable table, int rows) throws DocumentException {
		if (rows % 200 == 0) {
			doc.add(table);
		}
	}

	/** Tasks counted by status (every status present, 0 where none). */
	Map<TaskStatus, Integer> taskCounts(List<Task> tasks) {
		Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
		for (TaskStatus status : TaskStatus.values()) {
			counts.put(status, 0);
		}
		tasks.forEach(t -> counts.merge(data.status(t), 1, Integer::sum));
		return counts;
	}

}
