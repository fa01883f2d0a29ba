package org.scorecard.workbook;

import java.io.File;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

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

	StreamingWorkbook(int rowsInMemory) {
		super(rowsInMemory);
		setCompressTempFiles(false);
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
