package org.scorecard.report;

import java.util.List;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.text.Texts;

/** The table of contents: every section with the page its heading fell on, each line a link to it. */
final class ContentsSection extends Section {

	private final List<Section> sections;

	ContentsSection(ReportData data, Texts texts, List<Section> sections) {
		super(data, texts);
		this.sections = sections;
	}

	@Override
	void write(PdfDocument doc) throws DocumentException {
		doc.section(texts.get("section.contents"));
		PdfPTable table = Pdf.table(11.2f, 0.8f);
		table.setHeaderRows(0);
		for (Section section : sections) {
			Entry entry = section.contents();
			if (entry != null) {
				table.addCell(doc.pdf.text(entry.title()));
				table.addCell(doc.refs.cell(entry.anchor()));
			}
		}
		doc.add(table);
	}

}
