package org.scorecard.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/** A stored number turned into the cell its format shows, the same way for XLSX and XLS. */
final class CellValues {

	private CellValues() {
	}

	static Cell number(double number, NumberFormats.Shows shows, boolean date1904) {
		switch (shows) {
			case DATE, MONTH -> {
				if (DateUtil.isValidExcelDate(number)) {
					LocalDateTime date = DateUtil.getLocalDateTime(number, date1904, true);
					if (shows == NumberFormats.Shows.MONTH) {
						return new Cell(Cell.Kind.MONTH, date.toLocalDate().toString().substring(0, 7), null);
					}
					return new Cell(Cell.Kind.DATE,
							date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString(), null);
				}
				return new Cell(Cell.Kind.NUMBER, exact(number), null);
			}
			case PERCENT -> {
				String shown = new BigDecimal(exact(number)).movePointRight(2).stripTrailingZeros().toPlainString();
				return new Cell(Cell.Kind.PERCENT, shown, null);
			}
			default -> {
				return new Cell(Cell.Kind.NUMBER, exact(number), null);
			}
		}
	}

	/** The number as Excel shows it in General format, 15 significant digits, without exponent. */
	static String exact(double number) {
		return new BigDecimal(NumberToTextConverter.toText(number)).toPlainString();
	}

}
