package org.scorecard.report;

import java.util.List;

import org.openpdf.text.DocumentException;
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
			doc.subsection(texts.get("group." + kind.name()));
			PdfPTable table = Pdf.table(4.2f, 1.7f, 1.9f, 1.9f, 1.2f);
			table.setComplete(false);
			int rows = 0;
			doc.pdf.header(table, texts.get("col.indicator"),
					texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
					texts.get("col.ytd"), texts.get("col.ytd_prev"), texts.get("col.growth"));
			String agency = null;
			for (ReportData.Result result : results) {
				if (!result.agency().equals(agency)) {
					agency = result.agency();
					table.addCell(doc.pdf.agencyRow(words.agency(agency), 5));
				}
				table.addCell(doc.pdf.text(words.indicatorCell(result)));
				table.addCell(doc.pdf.number(words.figure(result, result.month())));
				table.addCell(doc.pdf.number(words.figure(result, result.ytd())));
				table.addCell(doc.pdf.number(words.value(result.indicator(), result.ytdPrev())));
				table.addCell(doc.pdf.number(words.growth(result.growthYtd())));
				flushEvery(doc, table, ++rows);
			}
			table.setComplete(true);
			doc.add(table);
		}
	}

}
