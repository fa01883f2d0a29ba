package org.scorecard.workbook;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.compress.archivers.zip.ParallelScatterZipCreator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.parallel.FileBasedScatterGatherBackingStore;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The SXSSF workbook the writer streams into, with one repair to what POI (5.5.1) writes: a formula
 * cell whose cached result is a boolean (the Values sheet's three flag columns) comes out as
 * {@code <f>...</f>><v>1</v>}, a stray {@code >} as text inside the cell, which the schema does not
 * allow (LibreOffice reads past it; Excel may offer to repair the file). The sheets' writer drops that
 * {@code >}: POI writes {@code </f>} and then {@code ><v>} as two strings, and the second loses its
 * first character when it follows the first. Shared strings are not used; temporary files are not
 * compressed.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

	private final int threads;

	/**
	 * @param threads how many parts of the file are compressed at once when it is written; 1 writes it as
	 *     POI does
	 */
	StreamingWorkbook(int rowsInMemory, int threads) {
		super(rowsInMemory);
		this.threads = threads;
		setCompressTempFiles(false);
	}

	/**
	 * The file's parts in POI's order and with POI's content, each sheet's rows put in place of its
	 * empty {@code <sheetData/>} as POI puts them, but compressed by {@code threads} threads at once
	 * (compressing the sheets' XML, 1 GB at a million rows of history, took 12.8 s of a 49 s workbook on
	 * one thread). The compressed parts wait in temporary files of POI's temporary folder (the output
	 * folder's) and are then copied into the file in order, sizes and checksums in their local headers
	 * (POI's own zip stream, used for one thread, writes only entries it compresses itself).
	 */
	@Override
	protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
		if (threads < 2) {
			super.injectData(source, out);
			return;
		}
		// the pool is closed whatever happens (writeTo shuts it down, but only if it is reached)
		try (source; ExecutorService pool = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("scorecard-zip-", 1).factory());
				ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
			ParallelScatterZipCreator parts = new ParallelScatterZipCreator(pool,
					() -> new FileBasedScatterGatherBackingStore(TempFile.createTempFile("scorecard-zip", ".tmp")));
			for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
				byte[] template;
				try (InputStream in = source.getInputStream(entry)) {
					if (in instanceof ZipArchiveThresholdInputStream guarded) {
						guarded.setGuardState(false); // as POI: the parts are its own
					}
					template = in.readAllBytes();
				}
				ZipArchiveEntry part = new ZipArchiveEntry(entry.getName());
				part.setTime(entry.getTime());
				part.setMethod(ZipArchiveEntry.DEFLATED);
				XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
				if (sheet == null || sheet instanceof XSSFChartSheet) {
					parts.addArchiveEntry(part, () -> new ByteArrayInputStream(template));
				}
				else {
					SXSSFSheet rows = getSheetAt(_wb.getSheetIndex(sheet));
					parts.addArchiveEntry(part, () -> injected(template, rows));
				}
			}
			parts.writeTo(zip);
			zip.finish();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while compressing the workbook");
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
		}
	}

	/**
	 * A sheet's part: its XML with the rows in place of the (empty) sheetData element, written as
	 * POI's own injection writes it ({@code <sheetData>}, a line break, the rows, {@code </sheetData>}).
	 */
	private static InputStream injected(byte[] template, SXSSFSheet rows) {
		String xml = new String(template, StandardCharsets.UTF_8);
		int start = xml.indexOf("<sheetData");
		if (start < 0) {
			throw new IllegalStateException("a sheet's XML without sheetData: " + rows.getSheetName());
		}
		int end = xml.startsWith("<sheetData/>", start) ? start + "<sheetData/>".length()
				: xml.indexOf("</sheetData>", start) + "</sheetData>".length();
		try {
			return new SequenceInputStream(Collections.enumeration(List.of(
					new ByteArrayInputStream((xml.substring(0, start) + "<sheetData>\n").getBytes(StandardCharsets.UTF_8)),
					rows.getWorksheetXMLInputStream(),
					new ByteArrayInputStream(("</sheetData>" + xml.substring(end)).getBytes(StandardCharsets.UTF_8)))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new SheetDataWriter((SharedStringsTable) null) {
			@Override
			public Writer createWriter(File fd) throws IOException {
				return new FormulaEndRepair(super.createWriter(fd));
			}
		};
	}

	/** Drops the {@code >} POI writes before a boolean formula result's {@code <v>}. */
	static final class FormulaEndRepair extends FilterWriter {

		private boolean afterFormula;

		FormulaEndRepair(Writer out) {
			super(out);
		}

		@Override
		public void write(String text, int offset, int length) throws IOException {
			if (afterFormula && length >= 4 && text.startsWith("><v>", offset)) {
				offset++;
				length--;
			}
			afterFormula = length == 4 && text.startsWith("</f>", offset);
			super.write(text, offset, length);
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			afterFormula = false;
			super.write(chars, offset, length);
		}

		@Override
		public void write(int c) throws IOException {
			afterFormula = false;
			super.write(c);
		}

	}

}
