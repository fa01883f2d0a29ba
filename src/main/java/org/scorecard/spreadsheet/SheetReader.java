package org.scorecard.spreadsheet;

import java.io.Closeable;
import java.io.IOException;

/** The rows of one sheet in order, read as they are asked for. */
public interface SheetReader extends Closeable {

	/** The next row with at least one cell, or null at the end of the sheet. */
	SheetRow next() throws IOException;

}
