package org.scorecard.spreadsheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A workbook read sheet by sheet. {@link #open} goes by the file's content, not its name: an
 * {@code .xls} that is really an XLSX (renamed) is read as one, and a web page or text saved with an
 * {@code .xls} name is refused with a message that says what it is.
 */
public interface Workbook extends Closeable {

	/** Every sheet, in tab order. */
	List<SheetEntry> sheets();

	/** The rows of one of {@link #sheets()}; one sheet is read at a time. */
	SheetReader open(SheetEntry sheet) throws IOException;

	static Workbook open(Path file) throws IOException {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		if (n >= 4 && head[0] == 'P' && head[1] == 'K') {
			return XlsxWorkbook.open(file);
		}
		if (n == 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return XlsWorkbook.open(file);
		}
		throw new UnreadableWorkbookException(whatItIs(file, head, n));
	}

	/** Why a file named as a workbook is none, from its first bytes. */
	private static org.scorecard.text.Message whatItIs(Path file, byte[] head, int n) throws IOException {
		if (n == 0) {
			return org.scorecard.text.Message.of("workbook.empty");
		}
		String start;
		try (InputStream in = Files.newInputStream(file)) {
			start = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.ISO_8859_1)
				.toLowerCase(Locale.ROOT)
				.stripLeading();
		}
		if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<table")) {
			return org.scorecard.text.Message.of("workbook.html");
		}
		if (start.startsWith("<?xml") && start.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
			return org.scorecard.text.Message.of("workbook.xml2003");
		}
		if (start.startsWith("<?xml") || start.startsWith("<")) {
			return org.scorecard.text.Message.of("workbook.xml");
		}
		return org.scorecard.text.Message.of("workbook.unknown");
	}

}
