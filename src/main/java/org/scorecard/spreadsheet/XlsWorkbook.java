package org.scorecard.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An Excel 97-2003 workbook ({@code .xls}, still the most common format in provincial offices), read
 * with Apache POI's HSSF. The format keeps every formula's last result, so formulas count as their
 * result. Files are small; the whole workbook is read at once, up to {@value #MAX_BYTES} bytes.
 */
final class XlsWorkbook implements Workbook {

	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final HSSFWorkbook workbook;

	private final List<SheetEntry> sheets = new ArrayList<>();

	private XlsWorkbook(HSSFWorkbook workbook) {
		this.workbook = workbook;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			sheets.add(new SheetEntry(i + 1, workbook.getSheetName(i),
					workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i), true));
		}
	}

	static XlsWorkbook open(Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.too_large", "mb", MAX_BYTES / (1024 * 1024)));
		}
		POIFSFileSystem fs;
		try {
			fs = new POIFSFileSystem(file.toFile(), true);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.unreadable", "detail", ex.getMessage()));
		}
		try {
			if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new UnreadableWorkbookException(org.scorecard.text.Message.of("workbook.password"));
			}
			if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
				throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.not_workbook"));
			}
			return new XlsWorkbook(new HSSFWorkbook(fs.getRoot(), false));
		}
		catch (EncryptedDocumentException ex) {
			fs.close();
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("workbook.password"));
		}
		catch (OldExcelFormatException ex) {
			fs.close();
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.excel95"));
		}
		catch (UnreadableWorkbookException ex) {
			fs.close();
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			fs.close();
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.unreadable", "detail", ex.getMessage()));
		}
	}

	@Override
	public List<SheetEntry> sheets() {
		return sheets;
	}

	@Override
	public SheetReader open(SheetEntry entry) {
		Sheet sheet = workbook.getSheetAt(entry.position() - 1);
		Iterator<Row> rows = sheet.rowIterator();
		boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
		return new SheetReader() {

			@Override
			public SheetRow next() throws IOException {
				while (rows.hasNext()) {
					Row row = rows.next();
					Map<Integer, Cell> cells = new HashMap<>();
					int last = -1;
					for (org.apache.poi.ss.usermodel.Cell cell : row) {
						Cell read = read(cell, date1904);
						if (read != null) {
							cells.put(cell.getColumnIndex(), read);
							last = Math.max(last, cell.getColumnIndex());
						}
					}
					if (!cells.isEmpty()) {
						return new SheetRow(row.getRowNum() + 1, cells, last + 1);
					}
				}
				return null;
			}

			@Override
			public void close() {
				// the workbook is in memory; closed with it
			}

		};
	}

	private static Cell read(org.apache.poi.ss.usermodel.Cell cell, boolean date1904) throws UnreadableWorkbookException {
		try {
			if (cell.getCellType() == CellType.FORMULA) {
				Cell result = value(cell, cell.getCachedFormulaResultType(), date1904);
				String formula = formula(cell);
				return result == null ? new Cell(Cell.Kind.UNCOMPUTED, null, formula) : result.withFormula(formula);
			}
			return value(cell, cell.getCellType(), date1904);
		}
		catch (RuntimeException ex) {
			throw new UnreadableWorkbookException(org.scorecard.text.Message.of("xls.cell", "cell", cell.getAddress(), "sheet",
					cell.getSheet().getSheetName(), "detail", ex.getMessage()));
		}
	}

	private static Cell value(org.apache.poi.ss.usermodel.Cell cell, CellType type, boolean date1904) {
		return switch (type) {
			case STRING -> Cell.text(cell.getRichStringCellValue().getString());
			case NUMERIC -> {
				CellStyle style = cell.getCellStyle();
				yield CellValues.number(cell.getNumericCellValue(),
						NumberFormats.of(style.getDataFormat(), style.getDataFormatString()), date1904);
			}
			case BOOLEAN -> new Cell(Cell.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null);
			case ERROR -> new Cell(Cell.Kind.ERROR, error(cell.getErrorCellValue()), null);
			default -> null;
		};
	}

	private static String error(byte code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR" + code;
		}
	}

	private static String formula(org.apache.poi.ss.usermodel.Cell cell) {
		try {
			return cell.getCellFormula();
		}
		catch (RuntimeException ex) {
			return "(a formula this program cannot show)";
		}
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
