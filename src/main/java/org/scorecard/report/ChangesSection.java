package org.scorecard.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.changes.EditionChanges;
import org.scorecard.text.Texts;

/**
 * What changed since the previous edition of the period, when there is one: the input files that were
 * added, removed or replaced, then every result whose figures or status changed, with the files behind
 * it. A reader of the new edition sees at once why it was issued and what it corrects.
 */
final class ChangesSection extends Section {

	static final String ANCHOR = "changes";

	ChangesSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		EditionChanges changes = data.changes();
		return changes.hasPrevious()
				? new Entry(texts.format("section.changes", "edition", changes.previousEdition()), ANCHOR) : null;
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		EditionChanges changes = data.changes();
		if (!changes.hasPrevious()) {
			return;
		}
		doc.newPage();
		doc.section(texts.format("section.changes", "edition", changes.previousEdition()), ANCHOR);
		doc.paragraph(texts.format("changes.intro", "edition", changes.previousEdition(), "run",
				changes.previousRunId(), "current", data.run().edition()));
		files(doc, changes);
		doc.subsection(texts.get("changes.results"));
		if (changes.results().isEmpty()) {
			doc.paragraph(texts.get("changes.results.none"));
			return;
		}
		doc.note(texts.format("changes.legend", "edition", changes.previousEdition(), "none", texts.get("changes.blank")));
		PdfPTable table = Pdf.table(3.0f, 2.3f, 1.7f, 1.7f, 2.0f, 3.8f);
		table.setComplete(false);
		doc.pdf.header(table, texts.get("col.indicator"), texts.get("col.figure"), texts.get("col.before"),
				texts.get("col.after"), texts.get("col.status"), texts.get("col.files"));
		int rows = 0;
		String agency = null;
		for (EditionChanges.Change change : changes.results()
			.stream()
			.sorted(Comparator.comparingInt((EditionChanges.Change c) -> data.position(c.agency()))
				.thenComparing(EditionChanges.Change::agency)
				.thenComparing(EditionChanges.Change::indicator))
			.toList()) {
			if (!change.agency().equals(agency)) {
				agency = change.agency();
				table.addCell(doc.pdf.agencyRow(words.agency(agency), 6));
			}
			// a change of status alone still takes one row
			List<EditionChanges.Figure> figures = change.figures().isEmpty()
					? List.of(new EditionChanges.Figure("", null, null)) : change.figures();
			for (int i = 0; i < figures.size(); i++) {
				EditionChanges.Figure figure = figures.get(i);
				boolean first = i == 0;
				table.addCell(doc.pdf.text(first ? indicator(change.indicator()) : ""));
				table.addCell(doc.pdf.text(figure.name().isEmpty() ? "" : texts.get("changes.figure." + figure.name())));
				table.addCell(doc.pdf.number(figure(change.indicator(), figure, figure.before())));
				table.addCell(doc.pdf.number(figure(change.indicator(), figure, figure.after())));
				table.addCell(first ? status(doc, change) : doc.pdf.text(""));
				table.addCell(doc.pdf.text(first ? String.join("\n", change.files()) : ""));
				flushEvery(doc, table, ++rows);
			}
		}
		table.setComplete(true);
		doc.add(table);
	}

	/** The files that changed, by what became of them. */
	private void files(PdfDocument doc, EditionChanges changes) throws DocumentException {
		doc.subsection(texts.get("changes.files"));
		if (changes.noFiles()) {
			doc.paragraph(texts.get("changes.files.none"));
			return;
		}
		PdfPTable table = Pdf.table(2f, 10f);
		doc.pdf.header(table, texts.get("col.change"), texts.get("col.file"));
		rows(doc, table, "added", changes.added());
		rows(doc, table, "removed", changes.removed());
		rows(doc, table, "replaced", changes.replaced());
		doc.add(table);
	}

	private void rows(PdfDocument doc, PdfPTable table, String kind, List<String> paths) {
		for (String path : paths) {
			table.addCell(doc.pdf.text(texts.get("changes.file." + kind)));
			table.addCell(doc.pdf.text(path));
		}
	}

	/** The indicator with its unit; its code alone when the new reference data no longer has it. */
	private String indicator(String code) {
		return data.indicator(code) == null ? code : words.indicator(code) + " (" + words.unit(code) + ")";
	}

	/** A value in the indicator's decimals, a growth with two and "%"; a missing side as the blank mark. */
	private String figure(String indicator, EditionChanges.Figure figure, BigDecimal value) {
		if (figure.name().isEmpty()) {
			return "";
		}
		if (value == null) {
			return texts.get("changes.blank");
		}
		if (figure.isGrowth()) {
			return words.growth(value) + " %";
		}
		return data.indicator(indicator) == null ? texts.number(value, Wording.GROWTH_DECIMALS)
				: words.value(indicator, value);
	}

	/** "at risk \u2192 achieved" where the status changed, the status alone where it did not. */
	private PdfPCell status(PdfDocument doc, EditionChanges.Change change) {
		if (!change.statusChanged()) {
			return doc.pdf.text(words.status(change.statusAfter()));
		}
		String before = change.statusBefore() == null ? texts.get("changes.blank") : words.status(change.statusBefore());
		if (change.statusAfter() == null) {
			return doc.pdf.text(before + " \u2192 " + texts.get("changes.blank"));
		}
		return doc.pdf.status(change.statusAfter(), before + " \u2192 " + words.status(change.statusAfter()));
	}

}
