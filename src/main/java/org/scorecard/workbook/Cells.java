package org.scorecard.workbook;

import java.math.BigDecimal;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing one cell. Text is always a string cell, whatever it starts with (a note "=1+1" stays
 * inert text); a formula carries its computed value, so the workbook shows the figures without
 * recalculation and a recalculation can be compared with them. Every cell is given its style, the
 * workbook's default one ({@link Styles#normal}) where it has no other: a cell without one makes POI
 * look up its column's style as the row is written, a walk of the sheet's XML for every such cell.
 */
final class Cells {

	private Cells() {
	}

	static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = create(row, column, style);
		if (value != null) {
			cell.setCellValue(value);
		}
		return cell;
	}

	static Cell number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = create(row, column, style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	static Cell number(Row row, int column, long value, CellStyle style) {
		Cell cell = create(row, column, style);
		cell.setCellValue(value);
		return cell;
	}

	/** A formula with its computed value; no cell at all when the value is null (the figure is missing). */
	static Cell formula(Row row, int column, String formula, BigDecimal value, CellStyle style) {
		Cell cell = create(row, column, style);
		if (value != null) {
			cell.setCellFormula(formula);
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	static Cell formula(Row row, int column, String formula, boolean value, CellStyle style) {
		Cell cell = create(row, column, style);
		cell.setCellFormula(formula);
		cell.setCellValue(value);
		return cell;
	}

	static Cell formula(Row row, int column, String formula, String value, CellStyle style) {
		Cell cell = create(row, column, style);
		cell.setCellFormula(formula);
		cell.setCellValue(value);
		return cell;
	}

	/**
	 * A formula that stays live even when its value is missing: the cached result is the number, or
	 * empty text when there is none (the formula then yields "" too).
	 */
	static Cell live(Row row, int column, String formula, BigDecimal value, CellStyle style) {
		Cell cell = create(row, column, style);
		cell.setCellFormula(formula);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		else {
			cell.setCellValue("");
		}
		return cell;
	}

	private static Cell create(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(Objects.requireNonNull(style, "a cell's style (Styles.normal where it has no other)"));
		return cell;
	}

}
