package org.scorecard.report;

import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.reference.AgencyKind;
import org.scorecard.text.Texts;

/** A table per agency group (nation, ministries, departments, provinces and cities, missions): month, year to date, last year, growth and status. */
final class GroupsSection extends Section {

	GroupsSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("groups");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.groups"), "groups");
		doc.note(words.marksLegend());
		for (AgencyKind kind : AgencyKind.values()) {
			List<ReportData.Result> results = data.results()
				.stream()
				.filter(r -> data.agency(r.agency()).kind() == kind)
				.toList();
			if (results.isEmpty()) {
				continue;
			}
			String group = texts.get("group." + kind.name());
			doc.subsection(group);
			float[] widths = { 4.2f, 1.7f, 1.9f, 1.9f, 1.2f };
			PdfPTable table = doc.pdf.groupTable(texts.format("table.continued", "title", group), widths,
					texts.get("col.indicator"),
					texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
					texts.get("col.ytd"), texts.get("col.ytd_prev"), texts.get("col.growth"));
			table.setComplete(false);
			int rows = 0;
			String agency = null;
			for (ReportData.Result result : results) {
				PdfPCell[] cells = { doc.pdf.text(words.indicatorCell(result)),
						doc.pdf.number(words.figure(result, result.month())),
						doc.pdf.number(words.figure(result, result.ytd())),
						doc.pdf.number(words.value(result.indicator(), result.ytdPrev())),
						doc.pdf.number(words.growth(result.growthYtd())) };
				if (!result.agency().equals(agency)) {
					agency = result.agency();
					PdfPCell[] first = new PdfPCell[cells.length + 1];
					first[0] = doc.pdf.agencyRow(words.agency(agency), widths.length);
					System.arraycopy(cells, 0, first, 1, cells.length);
					table.addCell(Pdf.together(widths, first));
				}
				else {
					for (PdfPCell cell : cells) {
						table.addCell(cell);
					}
				}
				flushEvery(doc, table, ++rows);
			}
			table.setComplete(true);
			doc.add(table);
		}
	}

}
