package org.scorecard.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rows of one logical sheet go: a header at row {@code headerRow} (0-based) of the first
 * part and at row 0 of the others, then data; a sheet that would pass {@code maxRows} continues on
 * "Name (2)", "Name (3)", ... The number of parts is known before anything is written (from the
 * number of rows), so that formulas on other sheets can name every part.
 */
record SheetLayout(String name, int headerRow, int maxRows, long rows) {

	SheetLayout {
		if (maxRows < headerRow + 2) {
			throw new IllegalArgumentException("a sheet needs room for its header and one row: " + maxRows);
		}
	}

	/** Data rows that fit in a part. */
	long capacity(int part) {
		return maxRows - (part == 0 ? headerRow : 0) - 1L;
	}

	int parts() {
		int parts = 1;
		long left = rows - capacity(0);
		while (left > 0) {
			left -= capacity(parts++);
		}
		return parts;
	}

	String partName(int part) {
		return part == 0 ? name : name + " (" + (part + 1) + ")";
	}

	/** The 0-based sheet row of a part's first data row. */
	int firstDataRow(int part) {
		return part == 0 ? headerRow + 1 : 1;
	}

	/** Every data row, as one bounded area per part (none when the sheet has no rows). */
	List<Area> all() {
		return prefix(rows);
	}

	/** The first {@code count} data rows, as one bounded area per part they span. */
	List<Area> prefix(long count) {
		List<Area> areas = new ArrayList<>();
		long left = count;
		for (int part = 0; left > 0; part++) {
			long here = Math.min(left, capacity(part));
			int first = firstDataRow(part) + 1;
			areas.add(new Area(partName(part), first, (int) (first + here - 1)));
			left -= here;
		}
		return areas;
	}

	/** Rows firstRow..lastRow (1-based) of one sheet part. */
	record Area(String sheet, int firstRow, int lastRow) {

		String column(String letter) {
			return "'" + sheet + "'!$" + letter + "$" + firstRow + ":$" + letter + "$" + lastRow;
		}

	}

}
