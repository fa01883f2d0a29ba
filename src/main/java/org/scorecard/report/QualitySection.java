package org.scorecard.report;

import java.math.BigDecimal;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.text.Texts;

/** Data quality findings, and the rejected rows by reason and by agency. */
final class QualitySection extends Section {

	static final String UNREADABLE = "quality:unreadable";

	static final String REJECTED = "quality:rejected";

	QualitySection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("quality");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.quality"), "quality");
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
				table.addCell(doc.pdf.text(words.finding(finding)));
			}
			doc.add(table);
		}
		files(doc);
		doc.subsection(texts.get("rejects.byCode"), REJECTED);
		if (data.rejectedByCode().isEmpty() && data.unreadable().isEmpty()) {
			doc.paragraph(texts.get("rejects.none"));
			return;
		}
		PdfPTable codes = Pdf.table(4f, 1.5f);
		doc.pdf.header(codes, texts.get("col.code"), texts.get("col.count"));
		for (var code : data.rejectedByCode().entrySet()) {
			codes.addCell(doc.pdf.text(texts.get("code." + code.getKey()) + " (" + code.getKey() + ")"));
			codes.addCell(doc.pdf.number(texts.number(BigDecimal.valueOf(code.getValue()), 0)));
		}
		if (!data.unreadable().isEmpty()) {
			codes.addCell(doc.pdf.text(texts.get("code.UNREADABLE_FILE") + " (UNREADABLE_FILE): "
					+ texts.get("rejects.unreadable")));
			codes.addCell(doc.pdf.number(texts.number(BigDecimal.valueOf(data.unreadable().size()), 0)));
		}
		doc.add(codes);
		doc.subsection(texts.get("rejects.worst"));
		PdfPTable worst = Pdf.table(4f, 1.5f);
		doc.pdf.header(worst, texts.get("col.agency"), texts.get("col.rejected"));
		data.rejectedByAgency().entrySet().stream().limit(10).forEach(e -> {
			worst.addCell(doc.pdf.text(words.agency(e.getKey())));
			worst.addCell(doc.pdf.number(texts.number(BigDecimal.valueOf(e.getValue()), 0)));
		});
		doc.add(worst);
	}

	/** Files that could not be read, with who sent them and why, and files no sender was found for. */
	private void files(PdfDocument doc) throws DocumentException {
		doc.subsection(texts.get("quality.unreadable"), UNREADABLE);
		if (data.unreadable().isEmpty()) {
			doc.paragraph(texts.get("quality.unreadable.none"));
		}
		else {
			PdfPTable table = Pdf.table(3.5f, 2.2f, 6f);
			doc.pdf.header(table, texts.get("col.file"), texts.get("col.sender"), texts.get("col.message"));
			for (ReportData.Unreadable file : data.unreadable()) {
				table.addCell(doc.pdf.text(file.file()));
				table.addCell(doc.pdf.text(file.sender() == null ? "" : words.agency(file.sender())));
				table.addCell(doc.pdf.text(file.message()));
			}
			doc.add(table);
		}
		if (!data.unattributed().isEmpty()) {
			doc.subsection(texts.get("quality.unattributed"));
			doc.paragraph(texts.format("quality.unattributed.intro", "files", String.join(", ", data.unattributed())));
		}
	}

}
