package org.scorecard.report;

import java.time.Instant;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.text.Texts;

/** The cover: title, period, edition and run, the date it was made. */
final class CoverSection extends Section {

	private final Instant generatedAt;

	CoverSection(ReportData data, Texts texts, Instant generatedAt) {
		super(data, texts);
		this.generatedAt = generatedAt;
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		String period = texts.editionTitle(data.period());
		Pdf pdf = doc.pdf;
		Paragraph space = new Paragraph(" ", pdf.body);
		space.setSpacingBefore(180);
		doc.add(space);
		doc.add(new Paragraph(Pdf.nfc(texts.get("report.title")), pdf.title));
		Paragraph subtitle = new Paragraph(Pdf.nfc(texts.format("report.subtitle", "period", period)), pdf.subtitle);
		subtitle.setSpacingBefore(8);
		doc.add(subtitle);
		Paragraph edition = new Paragraph(Pdf.nfc(texts.format("report.edition", "edition", data.run().edition(), "run",
				data.run().id())), pdf.body);
		edition.setSpacingBefore(30);
		doc.add(edition);
		doc.add(new Paragraph(Pdf.nfc(texts.format("report.generated", "date",
				texts.date(generatedAt.atZone(ReportingPeriod.ZONE).toLocalDate()))), pdf.body));
		doc.add(new Paragraph(Pdf.nfc(texts.get("report.issuer")), pdf.smallMuted));
		doc.newPage();
	}

}
