package org.scorecard.spreadsheet;

import java.util.Map;

/** One row of a sheet: its 1-based number as the sheet shows it, and its cells by 0-based column. */
public record SheetRow(int number, Map<Integer, Cell> cells, int lastCellNum) {

	/** The cell of {@code column}, or null when the row has none there. */
	public Cell cell(int column) {
		return cells.get(column);
	}

	/** The text of the cell of {@code column}, or null. */
	public String text(int column) {
		Cell cell = cells.get(column);
		return cell == null ? null : cell.text();
	}

}
