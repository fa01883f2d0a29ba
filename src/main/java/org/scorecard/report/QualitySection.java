package org.scorecard.report;

import java.math.BigDecimal;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.text.Texts;

/** Data quality findings, and the rejected rows by reason and by agency. */
final class QualitySection extends Section {

	QualitySection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.quality"));
		if (data.findings().isEmpty()) {
			doc.paragraph(texts.get("quality.none"));
		}
		else {
			PdfPTable table = Pdf.table(1.4f, 1.8f, 2.6f, 7f);
			doc.pdf.header(table, texts.get("col.kind"), texts.get("col.agency"), texts.get("col.indicator"),
					texts.get("col.message"));
			for (ReportData.Finding finding : data.findings()) {
				table.addCell(doc.pdf.text(texts.get("quality.kind." + finding.kind())));
				table.addCell(doc.pdf.text(words.agency(finding.agency())));
				table.addCell(doc.pdf.text(words.indicator(finding.indicator())));
				table.addCell(doc.pdf.text(message(finding)));
			}
			doc.add(table);
		}
		doc.subsection(texts.get("rejects.byCode"));
		if (data.rejectedByCode().isEmpty()) {
			doc.paragraph(texts.get("rejects.none"));
			return;
		}
		PdfPTable codes = Pdf.table(4f, 1.5f);
		doc.pdf.header(codes, texts.get("col.code"), texts.get("col.count"));
		for (var code : data.rejectedByCode().entrySet()) {
			codes.addCell(doc.pdf.text(texts.get("code." + code.getKey()) + " (" + code.getKey() + ")"));
			codes.addCell(doc.pdf.number(Long.toString(code.getValue())));
		}
		doc.add(codes);
		doc.subsection(texts.get("rejects.worst"));
		PdfPTable worst = Pdf.table(4f, 1.5f);
		doc.pdf.header(worst, texts.get("col.agency"), texts.get("col.rejected"));
		data.rejectedByAgency().entrySet().stream().limit(10).forEach(e -> {
			worst.addCell(doc.pdf.text(words.agency(e.getKey())));
			worst.addCell(doc.pdf.number(Long.toString(e.getValue())));
		});
		doc.add(worst);
	}

	/** A finding in the report's language; a rule's message is the one written in rules.csv. */
	private String message(ReportData.Finding finding) {
		String indicator = finding.indicator();
		return switch (finding.kind()) {
			case "rollup" -> texts.format("quality.message.rollup", "own", words.value(indicator, finding.valueLeft()),
					"children", words.value(indicator, finding.valueRight()), "difference",
					finding.valueLeft().signum() == 0 ? "> 100"
							: texts.number(finding.valueLeft()
								.subtract(finding.valueRight())
								.abs()
								.multiply(BigDecimal.valueOf(100))
								.divide(finding.valueLeft().abs(), java.math.MathContext.DECIMAL64), 1));
			case "outlier" -> texts.format("quality.message.outlier", "value", words.value(indicator, finding.valueLeft()),
					"median", words.value(indicator, finding.valueRight()));
			default -> finding.message();
		};
	}

}
