package org.scorecard.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.scorecard.text.Texts;

/** The methods: how every figure was computed. */
final class MethodsSection extends Section {

	MethodsSection(ReportData data, Texts texts) {
		super(data, texts);
	}

	@Override
	Entry contents() {
		return entry("methods");
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.newPage();
		doc.section(texts.get("section.methods"), "methods");
		for (int i = 1; i <= 7; i++) {
			doc.paragraph(texts.format("methods." + i, "period", data.run().period()));
		}
		doc.add(new Chunk(""));
	}

}
