package org.scorecard.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ComparisonOperator;

/**
 * One logical sheet written row by row over as many parts as its {@link SheetLayout} says: every
 * part gets the header, frozen panes, an autofilter, column widths, print titles, landscape
 * fit-to-width printing and protection against accidental edits (no password; filtering, sorting
 * and resizing stay allowed).
 */
final class PagedSheet {

	private final SheetLayout layout;

	private final Styles styles;

	private final String[] headers;

	private final List<SXSSFSheet> parts = new ArrayList<>();

	private final List<Integer> lastRows = new ArrayList<>();

	private int part;

	private int nextRow;

	private long written;

	private boolean headerWritten;

	PagedSheet(SXSSFWorkbook workbook, SheetLayout layout, Styles styles, String[] headers, int[] widths) {
		this.layout = layout;
		this.styles = styles;
		this.headers = headers;
		for (int p = 0; p < layout.parts(); p++) {
			SXSSFSheet sheet = workbook.createSheet(layout.partName(p));
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			parts.add(sheet);
			lastRows.add(p == 0 ? layout.headerRow() : 0);
		}
	}

	SheetLayout layout() {
		return layout;
	}

	/** A row above the header of the first part (a title, a legend). */
	Row preamble(int row) {
		if (headerWritten || row >= layout.headerRow()) {
			throw new IllegalStateException("preamble rows come before the header");
		}
		return parts.get(0).createRow(row);
	}

	/** The next data row, on the next part when this one is full. */
	Row next() {
		if (!headerWritten) {
			writeHeader(0);
			nextRow = layout.firstDataRow(0);
		}
		if (nextRow - layout.firstDataRow(part) >= layout.capacity(part)) {
			part++;
			if (part >= parts.size()) {
				throw new IllegalStateException(layout.name() + " has more rows than the " + layout.rows() + " planned");
			}
			writeHeader(part);
			nextRow = layout.firstDataRow(part);
		}
		written++;
		lastRows.set(part, nextRow);
		return parts.get(part).createRow(nextRow++);
	}

	long written() {
		return written;
	}

	/** The name of the sheet the last {@link #next()} row is on. */
	String sheetName() {
		return parts.get(part).getSheetName();
	}

	/** The 1-based row number the last {@link #next()} row has on its sheet. */
	int excelRow() {
		return nextRow;
	}

	private void writeHeader(int p) {
		int row = p == 0 ? layout.headerRow() : 0;
		Row header = parts.get(p).createRow(row);
		header.setHeightInPoints(45);
		for (int c = 0; c < headers.length; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(headers[c]);
			cell.setCellStyle(styles.header);
		}
		if (p == 0) {
			headerWritten = true;
		}
	}

	/**
	 * Colours the status cells of a column by their value with conditional formatting, so that a status
	 * recalculated from changed figures takes its colour too.
	 */
	void statusColours(int column) {
		statusColours(column, column);
	}

	/**
	 * Colours a column by the status code in {@code codeColumn} of the same row: a column of status
	 * words takes the colour of its code, in any language.
	 */
	void statusColours(int column, int codeColumn) {
		for (int p = 0; p < parts.size(); p++) {
			SXSSFSheet sheet = parts.get(p);
			int first = layout.firstDataRow(p);
			int last = Math.max(first, lastRows.get(p));
			SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			CellRangeAddress[] range = { new CellRangeAddress(first, last, column, column) };
			String code = "$" + CellReference.convertNumToColString(codeColumn) + (first + 1);
			for (String status : Styles.RESULT_STATUSES) {
				ConditionalFormattingRule rule = column == codeColumn
						? formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + status + "\"")
						: formatting.createConditionalFormattingRule(code + "=\"" + status + "\"");
				styles.colour(status, rule);
				formatting.addConditionalFormatting(range, rule);
			}
		}
	}

	/**
	 * {@link #finish()} for a sheet planned from a count taken before its rows were read (formulas on
	 * this and other sheets name its rows): fails unless it got exactly the rows planned.
	 */
	void finishAsPlanned() {
		if (written != layout.rows()) {
			throw new IllegalStateException(
					layout.name() + " has " + written + " rows where " + layout.rows() + " were planned");
		}
		finish();
	}

	/** Headers of empty parts, filters, panes, printing and protection. */
	void finish() {
		if (!headerWritten) {
			writeHeader(0);
		}
		for (int p = 0; p < parts.size(); p++) {
			SXSSFSheet sheet = parts.get(p);
			int headerRow = p == 0 ? layout.headerRow() : 0;
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRows.get(p)), 0, headers.length - 1));
			sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
			PrintSetup print = sheet.getPrintSetup();
			print.setLandscape(true);
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.enableLocking();
			sheet.lockAutoFilter(false);
			sheet.lockSort(false);
			sheet.lockFormatColumns(false);
			sheet.lockFormatRows(false);
			sheet.lockSelectLockedCells(false);
			sheet.lockSelectUnlockedCells(false);
		}
	}

}
