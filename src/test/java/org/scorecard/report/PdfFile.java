package org.scorecard.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as a reader gets it, read with PDFBox: text per page, bookmarks with their pages, metadata. */
final class PdfFile {

	/** A bookmark: its title, its 1-based page, its children. */
	record Bookmark(String title, int page, List<Bookmark> children) {
	}

	final int pages;

	final List<String> pageTexts = new ArrayList<>();

	final List<Bookmark> bookmarks;

	final PDDocumentInformation info;

	private final Path file;

	PdfFile(Path file) {
		this.file = file;
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			pages = document.getNumberOfPages();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				// composed characters, and one space for any run of white space (lines wrap in cells)
				pageTexts.add(Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " "));
			}
			var outline = document.getDocumentCatalog().getDocumentOutline();
			bookmarks = outline == null ? List.of() : children(document, outline);
			info = document.getDocumentInformation();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Bookmark> children(PDDocument document, PDOutlineNode node) throws IOException {
		List<Bookmark> bookmarks = new ArrayList<>();
		for (PDOutlineItem item : node.children()) {
			var page = item.findDestinationPage(document);
			bookmarks.add(new Bookmark(item.getTitle(), page == null ? -1 : document.getPages().indexOf(page) + 1,
					children(document, item)));
		}
		return bookmarks;
	}

	String text() {
		return String.join("\n", pageTexts);
	}

	/**
	 * The text without any white space, for phrases: PDFBox sometimes splits a word of a large heading
	 * ("C ác"), so phrases are compared with their spaces removed (see {@link #squeezed(String)}).
	 */
	String squeezed() {
		return squeezed(text());
	}

	static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** The text of pages from..to (1-based, inclusive). */
	String text(int from, int to) {
		return String.join("\n", pageTexts.subList(from - 1, to));
	}

	/**
	 * The lines of pages from..to as PDFBox reads them, white space inside a line kept as one space:
	 * sorted top to bottom and left to right, or (unsorted) in the order the content was drawn, which
	 * for a table is cell after cell, row after row.
	 */
	List<String> lines(int from, int to, boolean sorted) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(sorted);
			stripper.setStartPage(from);
			stripper.setEndPage(to);
			return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC)
				.lines()
				.map(line -> line.replaceAll("\\s+", " ").strip())
				.filter(line -> !line.isEmpty())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Map<String, Integer> topBookmarks() {
		Map<String, Integer> pagesByTitle = new LinkedHashMap<>();
		bookmarks.forEach(b -> pagesByTitle.put(b.title(), b.page()));
		return pagesByTitle;
	}

}
