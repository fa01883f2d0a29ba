package org.scorecard.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An A4 document being written: metadata, optional PDF/A-1b (sRGB output intent and XMP metadata),
 * page header and "Page X of Y" footer, and section headings that are also bookmarks.
 */
final class PdfDocument implements AutoCloseable {

	final Document document = new Document(PageSize.A4, 40, 40, 50, 50);

	final PdfWriter writer;

	final Pdf pdf = new Pdf();

	private final boolean pdfa;

	final PageRefs refs;

	private PdfOutline section;

	PdfDocument(OutputStream out, Meta meta, boolean pdfa, PageEvents events) throws IOException {
		this.pdfa = pdfa;
		this.writer = PdfWriter.getInstance(document, out);
		if (pdfa) {
			writer.setPDFXConformance(PdfWriter.PDFA1B);
		}
		else {
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
		}
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(meta.lang()));
		writer.setPageEvent(events);
		this.refs = new PageRefs(writer);
		writer.setPageEvent(refs);
		writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
		document.addTitle(Pdf.nfc(meta.title()));
		document.addSubject(Pdf.nfc(meta.subject()));
		document.addAuthor(Pdf.nfc(meta.author()));
		document.addCreator(Pdf.nfc(meta.creator()));
		document.addKeywords(Pdf.nfc(meta.keywords()));
		document.addCreationDate();
		document.open();
		if (pdfa) {
			writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
					ICC_Profile.getInstance(ColorSpace.CS_sRGB));
		}
	}

	record Meta(String title, String subject, String author, String creator, String keywords, String lang) {
	}

	/** A top-level heading and bookmark. */
	void section(String title) throws DocumentException {
		section(title, null);
	}

	/**
	 * A top-level heading and bookmark, never alone at the foot of a page; {@code anchor} (may be null)
	 * names its place for page references.
	 */
	void section(String title, String anchor) throws DocumentException {
		room(120);
		section = bookmark(writer.getRootOutline(), title);
		Paragraph heading = heading(title, anchor, pdf.h1);
		heading.setSpacingAfter(6);
		document.add(heading);
	}

	/** A heading and bookmark under the current section. */
	void subsection(String title) throws DocumentException {
		subsection(title, null);
	}

	/** A heading and bookmark under the current section, kept with at least the start of what follows. */
	void subsection(String title, String anchor) throws DocumentException {
		room(90);
		bookmark(section == null ? writer.getRootOutline() : section, title);
		Paragraph heading = heading(title, anchor, pdf.h2);
		heading.setSpacingBefore(6);
		heading.setSpacingAfter(3);
		document.add(heading);
	}

	private Paragraph heading(String title, String anchor, org.openpdf.text.Font font) {
		Paragraph heading = new Paragraph();
		heading.setFont(font);
		heading.add(anchor == null ? new org.openpdf.text.Chunk(Pdf.nfc(title), font) : refs.anchor(anchor, title, font));
		return heading;
	}

	/** Starts a new page unless {@code points} of height are left on this one (keeps a heading with what follows). */
	void room(float points) {
		if (writer.getVerticalPosition(false) - document.bottom() < points) {
			document.newPage();
		}
	}

	/** The following pages in landscape (wide tables), from a new page. */
	void landscape() {
		document.setPageSize(PageSize.A4.rotate());
		document.newPage();
	}

	/** The following pages in portrait again, from a new page. */
	void portrait() {
		document.setPageSize(PageSize.A4);
		document.newPage();
	}

	private PdfOutline bookmark(PdfOutline parent, String title) {
		return new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(true)),
				Pdf.nfc(title), true);
	}

	void paragraph(String text) throws DocumentException {
		Paragraph paragraph = new Paragraph(Pdf.nfc(text), pdf.body);
		paragraph.setSpacingAfter(4);
		paragraph.setAlignment(Element.ALIGN_LEFT);
		document.add(paragraph);
	}

	/** A note in small muted type: a legend, an explanation under a table. */
	void note(String text) throws DocumentException {
		Paragraph paragraph = new Paragraph(Pdf.nfc(text), pdf.smallMuted);
		paragraph.setSpacingBefore(2);
		paragraph.setSpacingAfter(6);
		document.add(paragraph);
	}

	void add(Element element) throws DocumentException {
		document.add(element);
	}

	void newPage() {
		document.newPage();
	}

	@Override
	public void close() {
		if (pdfa) {
			writer.createXmpMetadata();
		}
		document.close();
	}

}
