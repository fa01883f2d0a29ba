package org.scorecard.report;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.period.EditionKind;
import org.scorecard.text.Texts;

/**
 * Indicators against targets, agency by agency, with the colour legend of the statuses; on a
 * quarter-closing edition also the quarter's value and its growth.
 */
final class TargetsSection extends Section {

	private static final String[] ROMAN = { "", "I", "II", "III", "IV" };

	private static final String[] LEGEND = { "achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data" };

	TargetsSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("targets");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.targets"), "targets");
		legend(doc);
		// a quarter-closing edition also shows the quarter's value and its growth on the same quarter a year ago
		int quarter = EditionKind.quarter(data.period());
		float[] widths = quarter == 0 ? new float[] { 3.2f, 1.5f, 1.7f, 2.0f, 2.7f, 1.3f }
				: new float[] { 3.0f, 1.4f, 1.6f, 1.6f, 1.2f, 1.9f, 2.5f, 1.3f };
		PdfPTable table = Pdf.table(widths);
		table.setComplete(false);
		int rows = 0;
		List<String> headers = new ArrayList<>(List.of(texts.get("col.indicator"),
				texts.format("col.month", "month", texts.get("month." + data.period().getMonthValue())),
				texts.get("col.ytd")));
		if (quarter != 0) {
			headers.add(texts.format("col.quarter", "quarter", ROMAN[quarter]));
			headers.add(texts.get("col.quarter_growth"));
		}
		headers.addAll(List.of(texts.get("col.judged"), texts.get("col.target"), texts.get("col.status")));
		doc.pdf.header(table, headers.toArray(String[]::new));
		String agency = null;
		for (ReportData.Result result : data.withTargets()) {
			List<PdfPCell> cells = new ArrayList<>(List.of(
					doc.refs.mark(doc.pdf.text(words.indicatorCell(result)), anchor(result)),
					doc.pdf.number(words.figure(result, result.month())),
					doc.pdf.number(words.figure(result, result.ytd()))));
			if (quarter != 0) {
				ReportData.Quarter q = result.quarter();
				cells.add(doc.pdf.number(q == null ? "" : words.value(result.indicator(), q.value())));
				cells.add(doc.pdf.number(q == null ? "" : words.growth(q.growth())));
			}
			cells.addAll(List.of(doc.pdf.number(words.judged(result)), doc.pdf.text(words.target(result.target())),
					doc.pdf.status(result.status(), words.statusCell(result))));
			if (!result.agency().equals(agency)) {
				// the agency's name and its first row as one row: a name never ends a page alone
				agency = result.agency();
				cells.add(0, doc.pdf.agencyRow(words.agency(agency), widths.length));
				table.addCell(Pdf.together(widths, cells.toArray(PdfPCell[]::new)));
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

	/** Where a result's row is, for page references. */
	static String anchor(ReportData.Result result) {
		return "result:" + result.agency() + ":" + result.indicator();
	}

	private void legend(PdfDocument doc) throws DocumentException {
		PdfPTable legend = new PdfPTable(LEGEND.length + 1);
		legend.setWidthPercentage(100);
		legend.setSpacingAfter(6);
		PdfPCell title = doc.pdf.bold(texts.get("legend.title"));
		title.setBorder(0);
		legend.addCell(title);
		for (String status : LEGEND) {
			legend.addCell(doc.pdf.status(status, words.status(status)));
		}
		doc.add(legend);
		doc.note(words.marksLegend());
	}

}
