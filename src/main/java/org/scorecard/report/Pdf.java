package org.scorecard.report;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;

import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.scorecard.files.AtomicFile;

/**
 * Fonts, colours and table cells shared by the reports. The font is Liberation Sans, embedded (as
 * Identity-H, so every Vietnamese letter is kept and extractable), from openpdf-fonts-extra; the same
 * font is registered with AWT so charts measure and draw their text with it.
 */
final class Pdf {

	static final String REGULAR = "liberation/LiberationSans-Regular.ttf";

	static final String BOLD = "liberation/LiberationSans-Bold.ttf";

	static final String AWT_FAMILY = "Liberation Sans";

	static final Color HEADER = new Color(0x1F, 0x4E, 0x79);

	static final Color RULE = new Color(0xBF, 0xBF, 0xBF);

	static final Color MUTED = new Color(0x59, 0x59, 0x59);

	private static final Map<String, Color[]> STATUS = Map.ofEntries(
			Map.entry("achieved", colours(0xC6EFCE, 0x006100)), Map.entry("exceeded", colours(0x8ED1A5, 0x00441B)),
			Map.entry("on_track", colours(0xE2EFDA, 0x375623)), Map.entry("at_risk", colours(0xFFEB9C, 0x7F6000)),
			Map.entry("off_track", colours(0xFFC7CE, 0x9C0006)), Map.entry("no_data", colours(0xD9D9D9, 0x3A3A3A)),
			Map.entry("no_target", colours(0xFFFFFF, 0x595959)), Map.entry("on_time", colours(0xC6EFCE, 0x006100)),
			Map.entry("late", colours(0xFFEB9C, 0x7F6000)), Map.entry("missing", colours(0xFFC7CE, 0x9C0006)),
			Map.entry("done_on_time", colours(0xC6EFCE, 0x006100)), Map.entry("done_late", colours(0xFFEB9C, 0x7F6000)),
			Map.entry("overdue", colours(0xFFC7CE, 0x9C0006)), Map.entry("open", colours(0xFFFFFF, 0x000000)));

	static final BaseFont REGULAR_FONT = baseFont(REGULAR);

	static final BaseFont BOLD_FONT = baseFont(BOLD);

	private static boolean awtFonts;

	final Font title = new Font(BOLD_FONT, 24, Font.NORMAL, HEADER);

	final Font subtitle = new Font(REGULAR_FONT, 14, Font.NORMAL, MUTED);

	final Font h1 = new Font(BOLD_FONT, 16, Font.NORMAL, HEADER);

	final Font h2 = new Font(BOLD_FONT, 12, Font.NORMAL, HEADER);

	final Font body = new Font(REGULAR_FONT, 10);

	final Font small = new Font(REGULAR_FONT, 8);

	final Font smallMuted = new Font(REGULAR_FONT, 8, Font.NORMAL, MUTED);

	final Font cell = new Font(REGULAR_FONT, 8);

	final Font cellBold = new Font(BOLD_FONT, 8);

	final Font head = new Font(BOLD_FONT, 8, Font.NORMAL, Color.WHITE);

	private static Color[] colours(int fill, int text) {
		return new Color[] { new Color(fill), new Color(text) };
	}

	private static BaseFont baseFont(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Registers the fonts with AWT for the charts, once per process, from files in {@code dir} (copied
	 * there from the jar when missing). AWT given a font as a stream copies it to a temporary file in the
	 * system's temp folder, which a killed process leaves behind; from a file it makes no copy.
	 */
	static synchronized void registerWithAwt(Path dir) {
		if (awtFonts) {
			return;
		}
		for (String resource : new String[] { REGULAR, BOLD }) {
			Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
			try {
				byte[] font;
				try (InputStream in = Pdf.class.getClassLoader().getResourceAsStream(resource)) {
					font = in.readAllBytes();
				}
				if (!Files.isRegularFile(file) || Files.size(file) != font.length) {
					AtomicFile.write(file, out -> out.write(font));
				}
				GraphicsEnvironment.getLocalGraphicsEnvironment()
					.registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, file.toFile()));
			}
			catch (IOException | java.awt.FontFormatException ex) {
				throw new IllegalStateException("cannot load the report font " + resource, ex);
			}
		}
		awtFonts = true;
	}

	/** Maps the charts' AWT fonts to the embedded PDF fonts. */
	static final FontMapper FONT_MAPPER = new FontMapper() {

		@Override
		public BaseFont awtToPdf(java.awt.Font font) {
			return font.isBold() ? BOLD_FONT : REGULAR_FONT;
		}

		@Override
		public java.awt.Font pdfToAwt(BaseFont font, int size) {
			return new java.awt.Font(AWT_FAMILY, font == BOLD_FONT ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
		}

	};

	/** Text as composed characters (NFC): decomposed accents would be drawn out of place. */
	static String nfc(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** A table over the full width whose header rows repeat on every page and whose rows never split. */
	static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSplitLate(false);
		table.setSplitRows(false);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		return table;
	}

	/**
	 * A table for one group of rows (a group of agencies): on the first page the group's heading
	 * stands above it; on every further page its header repeats as "GROUP (continued)" above the
	 * column headers, so a page never starts with rows nobody can place.
	 */
	PdfPTable groupTable(String continued, float[] widths, String... labels) {
		PdfPTable table = table(widths);
		table.setHeaderRows(2);
		table.setSkipFirstHeader(true);
		PdfPCell title = cell(continued, cellBold, Element.ALIGN_LEFT);
		title.setColspan(widths.length);
		title.setBorder(0);
		title.setPaddingLeft(0);
		title.setPaddingBottom(4);
		table.addCell(title);
		header(table, labels);
		header(table, labels);
		return table;
	}

	/**
	 * A group row (an agency's name) and the first row under it as one row of the table, which is
	 * never split: a name never ends a page alone.
	 */
	static PdfPCell together(float[] widths, PdfPCell... cells) {
		PdfPTable inner = new PdfPTable(widths);
		inner.setWidthPercentage(100);
		for (PdfPCell c : cells) {
			inner.addCell(c);
		}
		PdfPCell wrapper = new PdfPCell(inner);
		wrapper.setColspan(widths.length);
		wrapper.setPadding(0);
		wrapper.setBorder(0);
		return wrapper;
	}

	void header(PdfPTable table, String... labels) {
		for (String label : labels) {
			PdfPCell cell = new PdfPCell(new Phrase(nfc(label), head));
			cell.setBackgroundColor(HEADER);
			cell.setPadding(3);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			table.addCell(cell);
		}
	}

	PdfPCell text(String value) {
		return cell(value, cell, Element.ALIGN_LEFT);
	}

	PdfPCell bold(String value) {
		return cell(value, cellBold, Element.ALIGN_LEFT);
	}

	PdfPCell number(String value) {
		return cell(value, cell, Element.ALIGN_RIGHT);
	}

	private static PdfPCell cell(String value, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(nfc(value), font));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.setPadding(3);
		cell.setBorderColor(RULE);
		cell.setBorderWidth(0.5f);
		return cell;
	}

	/** A row naming the agency of the rows below it, across the whole table. */
	PdfPCell agencyRow(String name, int columns) {
		PdfPCell cell = cell(name, cellBold, Element.ALIGN_LEFT);
		cell.setColspan(columns);
		cell.setBackgroundColor(new Color(0xDD, 0xEB, 0xF7));
		return cell;
	}

	/** The fill and text colours of a status. */
	static Color[] statusColours(String code) {
		return STATUS.getOrDefault(code, colours(0xFFFFFF, 0x000000));
	}

	/** A status in its colour, labelled in the report's language. */
	PdfPCell status(String code, String label) {
		Color[] colours = STATUS.getOrDefault(code, colours(0xFFFFFF, 0x000000));
		PdfPCell cell = cell(label, new Font(BOLD_FONT, 8, Font.NORMAL, colours[1]), Element.ALIGN_CENTER);
		cell.setBackgroundColor(colours[0]);
		return cell;
	}

}
