package org.scorecard.report;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header and the footer "Page X of Y" (the words from the templates; Y is a template
 * filled in when the document closes). The cover page, page 1, has neither when {@code skipFirst}.
 */
final class PageEvents extends PdfPageEventHelper {

	private static final float SIZE = 8;

	private final String running;

	private final String before;

	private final String after;

	private final boolean skipFirst;

	private final BaseFont font = Pdf.REGULAR_FONT;

	private PdfTemplate total;

	/** {@code footer} is the template text with {page} and {pages}, e.g. "Page {page} of {pages}". */
	PageEvents(String running, String footer, boolean skipFirst) {
		this.running = Pdf.nfc(running);
		int at = footer.indexOf("{pages}");
		this.before = at < 0 ? footer : footer.substring(0, at);
		this.after = at < 0 ? "" : footer.substring(at + "{pages}".length());
		this.skipFirst = skipFirst;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		total = writer.getDirectContent().createTemplate(40, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		int page = writer.getPageNumber();
		if (skipFirst && page == 1) {
			return;
		}
		PdfContentByte cb = writer.getDirectContent();
		cb.saveState();
		cb.setColorFill(Pdf.MUTED);
		cb.beginText();
		cb.setFontAndSize(font, SIZE);
		cb.setTextMatrix(document.left(), document.top() + 14);
		cb.showText(running);
		cb.endText();
		String text = Pdf.nfc(before.replace("{page}", Integer.toString(page)));
		float width = font.getWidthPoint(text, SIZE);
		float right = document.right() - width - 16;
		float y = document.bottom() - 22;
		cb.beginText();
		cb.setFontAndSize(font, SIZE);
		cb.setTextMatrix(right, y);
		cb.showText(text);
		cb.endText();
		cb.addTemplate(total, right + width, y);
		cb.restoreState();
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		total.beginText();
		total.setFontAndSize(font, SIZE);
		total.setColorFill(Pdf.MUTED);
		total.setTextMatrix(0, 0);
		total.showText(Integer.toString(writer.getPageNumber() - 1) + Pdf.nfc(after));
		total.endText();
	}

}
