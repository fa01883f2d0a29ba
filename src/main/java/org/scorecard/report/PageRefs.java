package org.scorecard.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Page numbers of places written further on, for page 1 and the contents: a reference is a small
 * template drawn where it is cited and filled in when the document closes with the page on which the
 * place was actually laid out (a heading's chunk or a table cell reports its page as it is drawn, so a
 * heading pushed to the next page is counted there). One pass, no second rendering.
 */
final class PageRefs extends PdfPageEventHelper {

	private static final String TAG = "ref:";

	private static final float SIZE = 8;

	private final BaseFont font = Pdf.REGULAR_FONT;

	private final Map<String, Integer> pages = new HashMap<>();

	private final Map<String, List<PdfTemplate>> refs = new LinkedHashMap<>();

	private final PdfWriter writer;

	PageRefs(PdfWriter writer) {
		this.writer = writer;
	}

	/** A chunk that marks where {@code anchor} is: its page is recorded when the chunk is laid out. */
	Chunk anchor(String anchor, String text, org.openpdf.text.Font textFont) {
		Chunk chunk = new Chunk(Pdf.nfc(text), textFont);
		chunk.setGenericTag(TAG + anchor);
		chunk.setLocalDestination(anchor);
		return chunk;
	}

	/** Makes a table cell mark {@code anchor} (its page and a destination at its top) when it is drawn. */
	PdfPCell mark(PdfPCell cell, String anchor) {
		PdfPCellEvent previous = cell.getCellEvent();
		cell.setCellEvent(new PdfPCellEvent() {

			@Override
			public void cellLayout(PdfPCell laid, Rectangle position, PdfContentByte[] canvases) {
				if (previous != null) {
					previous.cellLayout(laid, position, canvases);
				}
				if (pages.putIfAbsent(anchor, writer.getPageNumber()) == null) {
					canvases[0].localDestination(anchor, new PdfDestination(PdfDestination.FITH, position.getTop()));
				}
			}

		});
		return cell;
	}

	@Override
	public void onGenericTag(PdfWriter pdfWriter, Document document, Rectangle rect, String text) {
		if (text.startsWith(TAG)) {
			pages.putIfAbsent(text.substring(TAG.length()), pdfWriter.getPageNumber());
		}
	}

	/** The page of {@code anchor}, right-aligned in a cell, linked to it; filled in when the document closes. */
	PdfPCell cell(String anchor) {
		PdfPCell cell = new PdfPCell(new Phrase(ref(anchor)));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setPadding(3);
		cell.setBorderColor(Pdf.RULE);
		cell.setBorderWidth(0.5f);
		return cell;
	}

	/** The page of {@code anchor} as an inline chunk, linked to it. */
	Chunk ref(String anchor) {
		float width = font.getWidthPoint("0000", SIZE);
		PdfTemplate template = writer.getDirectContent().createTemplate(width, SIZE * 1.2f);
		refs.computeIfAbsent(anchor, k -> new ArrayList<>()).add(template);
		try {
			Chunk chunk = new Chunk(Image.getInstance(template), 0, -SIZE * 0.25f, false);
			chunk.setLocalGoto(anchor);
			return chunk;
		}
		catch (BadElementException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether {@code anchor} has been laid out so far. */
	boolean placed(String anchor) {
		return pages.containsKey(anchor);
	}

	@Override
	public void onCloseDocument(PdfWriter pdfWriter, Document document) {
		refs.forEach((anchor, templates) -> {
			Integer page = pages.get(anchor);
			String text = page == null ? "\u2013" : Integer.toString(page);
			for (PdfTemplate template : templates) {
				template.beginText();
				template.setFontAndSize(font, SIZE);
				template.setTextMatrix(template.getWidth() - font.getWidthPoint(text, SIZE), SIZE * 0.25f);
				template.showText(text);
				template.endText();
			}
		});
	}

}
