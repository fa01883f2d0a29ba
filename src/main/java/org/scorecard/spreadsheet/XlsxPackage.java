package org.scorecard.spreadsheet;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The zip of an XLSX and the XML parts in it, read under limits a hostile file cannot pass: a
 * DOCTYPE anywhere is refused (no entity is ever declared or expanded), and no part may inflate
 * beyond {@value #MAX_ENTRY_BYTES} bytes or {@value #MAX_RATIO} times its packed size (a zip bomb).
 */
final class XlsxPackage implements Closeable {

	static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

	static final long MAX_RATIO = 200;

	private static final XMLInputFactory XML = factory();

	private final ZipFile zip;

	XlsxPackage(Path file) throws IOException {
		try {
			this.zip = new ZipFile(file.toFile());
		}
		catch (ZipException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.not_zip"));
		}
	}

	/** An entry's content, inflated under the size and ratio limits; null when the entry is absent. */
	InputStream open(String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		long compressed = Math.max(entry.getCompressedSize(), 1);
		return new FilterInputStream(zip.getInputStream(entry)) {

			private long read;

			@Override
			public int read() throws IOException {
				int b = super.read();
				count(b < 0 ? 0 : 1);
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				count(Math.max(n, 0));
				return n;
			}

			private void count(int n) throws UnreadableWorkbookException {
				read += n;
				if (read > MAX_ENTRY_BYTES || (read > 1024 * 1024 && read > compressed * MAX_RATIO)) {
					throw new UnreadableWorkbookException(read > MAX_ENTRY_BYTES
							? org.scorecard.text.Message.of("xlsx.bomb.bytes", "part", name, "bytes", MAX_ENTRY_BYTES)
							: org.scorecard.text.Message.of("xlsx.bomb.ratio", "part", name, "ratio", MAX_RATIO));
				}
			}

		};
	}

	static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		return XML.createXMLStreamReader(in);
	}

	/** The next event; a DOCTYPE anywhere is refused, so no entity is ever declared or expanded. */
	static int next(XMLStreamReader xml) throws XMLStreamException, UnreadableWorkbookException {
		int event = xml.next();
		if (event == XMLStreamConstants.DTD) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.doctype"));
		}
		return event;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/** Where an XML part is broken, in words: the parser's own message is about its internals. */
	static org.scorecard.text.Message broken(XMLStreamException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof UnreadableWorkbookException unreadable) {
				return unreadable.reason(); // a limit this reader set (a zip bomb), met while parsing
			}
			if (cause instanceof XMLStreamException xml && xml.getNestedException() instanceof UnreadableWorkbookException u) {
				return u.reason();
			}
		}
		javax.xml.stream.Location at = ex.getLocation();
		return at == null || at.getLineNumber() < 0 ? org.scorecard.text.Message.of("xlsx.xml")
				: org.scorecard.text.Message.of("xlsx.xml.at", "line", at.getLineNumber(), "column", at.getColumnNumber());
	}

	static int parseInt(String text, String what) throws UnreadableWorkbookException {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xlsx.not_number", "what",
					org.scorecard.text.Message.of("xlsx.what." + what.replace(' ', '_')), "text", clip(text)));
		}
	}

	static String clip(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

}
