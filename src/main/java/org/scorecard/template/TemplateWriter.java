package org.scorecard.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorecard.files.AtomicFile;
import org.scorecard.reference.Agency;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;

/**
 * Writes the submission form: label rows (Agency, Period, Submitted at, Prepared by), then the
 * indicator table (Indicator, Name, Unit, Value, Note) with one row per indicator that can be
 * submitted, and a rule on the Value column that accepts numbers only.
 */
public final class TemplateWriter {

	public static final String SHEET = "Submission";

	public static final int HEADER_ROW = 5;

	private TemplateWriter() {
	}

	public static void write(ReferenceData reference, Agency agency, YearMonth period, Path target) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(SHEET);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle input = workbook.createCellStyle();
			input.cloneStyleFrom(text);
			input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			input.setBorderBottom(BorderStyle.THIN);
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle number = workbook.createCellStyle();
			number.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			number.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			number.setBorderBottom(BorderStyle.THIN);

			label(sheet, 0, "Agency", agency.code(), text, agency.name());
			label(sheet, 1, "Period", period.toString(), text, "YYYY-MM");
			label(sheet, 2, "Submitted at", "", input, "YYYY-MM-DD or YYYY-MM-DDTHH:MM (Asia/Ho_Chi_Minh if no offset)");
			label(sheet, 3, "Prepared by", "", input, "name and telephone of the officer");
			Row head = sheet.createRow(HEADER_ROW);
			String[] columns = { "Indicator", "Name", "Unit", "Value", "Note" };
			for (int i = 0; i < columns.length; i++) {
				head.createCell(i).setCellValue(columns[i]);
				head.getCell(i).setCellStyle(header);
			}
			int rowIndex = HEADER_ROW + 1;
			for (Indicator indicator : reference.indicators().values()) {
				if (indicator.aggregation().isDerived()) {
					continue;
				}
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(indicator.code());
				row.createCell(1).setCellValue(nameOf(indicator));
				row.createCell(2).setCellValue(indicator.unit().name());
				row.createCell(3).setCellStyle(number);
				row.createCell(4).setCellStyle(input);
			}
			if (rowIndex > HEADER_ROW + 1) {
				numbersOnly(sheet, HEADER_ROW + 1, rowIndex - 1);
			}
			sheet.setColumnWidth(0, 28 * 256);
			sheet.setColumnWidth(1, 60 * 256);
			sheet.setColumnWidth(2, 10 * 256);
			sheet.setColumnWidth(3, 16 * 256);
			sheet.setColumnWidth(4, 40 * 256);
			sheet.createFreezePane(0, HEADER_ROW + 1);
			workbook.getProperties().getCoreProperties().setTitle("Scorecard submission " + agency.code() + " " + period);
			AtomicFile.write(target, workbook::write);
		}
	}

	private static String nameOf(Indicator indicator) {
		return indicator.nameVi() == null || indicator.nameVi().isEmpty() ? indicator.name()
				: indicator.name() + " / " + indicator.nameVi();
	}

	private static void label(Sheet sheet, int rowIndex, String label, String value, CellStyle style, String hint) {
		Row row = sheet.createRow(rowIndex);
		row.createCell(0).setCellValue(label);
		row.createCell(1).setCellValue(value);
		row.getCell(1).setCellStyle(style);
		row.createCell(2).setCellValue(hint);
	}

	private static void numbersOnly(Sheet sheet, int firstRow, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createDecimalConstraint(
				DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000000", "1000000000000000");
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, 3, 3));
		validation.setShowErrorBox(true);
		validation.createErrorBox("Numbers only", "Type the figure as a number, in the unit of column C.");
		sheet.addValidationData(validation);
	}

}
