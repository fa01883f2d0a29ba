package org.scorecard.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.reference.AgencyKind;
import org.scorecard.reference.Indicator;
import org.scorecard.text.Texts;

/**
 * The scorecard matrix, on landscape pages: agencies (rows, by group) against the key indicators
 * (columns), each cell in its status colour with the figure the status was judged on (the year to date
 * where there is no target), the status in words with an arrow for its change since the previous
 * month, and the marks. Rows are the agencies with a result for at least one key indicator.
 */
final class MatrixSection extends Section {

	private static final float AGENCY_WIDTH = 2.6f;

	private static final float CELL_WIDTH = 1.5f;

	private final List<Indicator> key;

	MatrixSection(ReportData data, Texts texts) {
		super(data, texts);
		this.key = data.reference().keyIndicators(data.period().getYear());
	}

	@Override
	Entry contents() {
		return key.isEmpty() ? null : entry("matrix");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		if (key.isEmpty()) {
			return;
		}
		doc.landscape();
		doc.section(texts.get("section.matrix"), "matrix");
		doc.note(texts.format("matrix.legend", "better", Trend.BETTER, "worse", Trend.WORSE, "same", Trend.SAME,
				"previous", texts.period(data.period().minusMonths(1))) + " " + words.marksLegend());
		Map<String, ReportData.Result> results = new HashMap<>();
		for (ReportData.Result result : data.results()) {
			results.put(result.agency() + " " + result.indicator(), result);
		}
		float[] widths = new float[key.size() + 1];
		widths[0] = AGENCY_WIDTH;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = CELL_WIDTH;
		}
		List<String> labels = new ArrayList<>();
		labels.add(texts.get("col.agency"));
		key.forEach(i -> labels.add(i.name(texts.lang()) + " (" + words.unit(i.code()) + ")"));
		for (AgencyKind kind : AgencyKind.values()) {
			List<String> agencies = data.tree()
				.order()
				.stream()
				.filter(a -> data.agency(a).kind() == kind)
				.filter(a -> key.stream().anyMatch(i -> results.containsKey(a + " " + i.code())))
				.toList();
			if (agencies.isEmpty()) {
				continue;
			}
			String group = texts.get("group." + kind.name());
			doc.subsection(group);
			PdfPTable table = doc.pdf.groupTable(texts.format("table.continued", "title", group), widths,
					labels.toArray(String[]::new));
			table.setComplete(false);
			int rows = 0;
			for (String agency : agencies) {
				table.addCell(doc.pdf.bold(words.agency(agency)));
				for (Indicator indicator : key) {
					table.addCell(cell(doc, results.get(agency + " " + indicator.code())));
				}
				flushEvery(doc, table, ++rows);
			}
			table.setComplete(true);
			doc.add(table);
		}
		doc.portrait();
	}

	/** Figure (and the rolled-up mark), then arrow and status, then the months and in-question marks. */
	private PdfPCell cell(PdfDocument doc, ReportData.Result result) {
		if (result == null) {
			return doc.pdf.text("");
		}
		Color[] colours = Pdf.statusColours(result.status());
		String figure = result.target() != null && result.measured() != null ? words.measured(result)
				: words.figure(result, result.ytd());
		if (result.rolledUp() && result.target() != null && !figure.isEmpty()) {
			figure = figure + " " + texts.get("mark.rolledup");
		}
		StringBuilder text = new StringBuilder(figure.isEmpty() ? "\u2013" : figure);
		String arrow = Trend.arrow(previous(result), result.status());
		text.append('\n').append(arrow.isEmpty() ? "" : arrow + " ").append(words.status(result.status()));
		if (result.partial()) {
			text.append('\n').append(texts.format("mark.partial", "months", result.monthsReported(), "of",
					data.period().getMonthValue()));
		}
		if (result.inQuestion()) {
			text.append('\n').append(texts.get("mark.question"));
		}
		PdfPCell cell = new PdfPCell(new Phrase(Pdf.nfc(text.toString()), new Font(Pdf.REGULAR_FONT, 7, Font.NORMAL,
				colours[1])));
		cell.setBackgroundColor(colours[0]);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setPadding(2);
		cell.setBorderColor(Pdf.RULE);
		cell.setBorderWidth(0.5f);
		return cell;
	}

	/** The result's status for the previous month, as this run computed it. */
	private static String previous(ReportData.Result result) {
		return result.statusPrev();
	}

}
