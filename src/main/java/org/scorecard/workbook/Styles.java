package org.scorecard.workbook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.FontFormatting;
import java.util.List;

/** The workbook's cell styles, created once each (a workbook holds at most 64,000 styles). */
final class Styles {

	/** Fill and font colour per status, of results, completeness and tasks. */
	private static final Map<String, String[]> STATUS_COLOURS = Map.ofEntries(
			Map.entry("achieved", new String[] { "C6EFCE", "006100" }),
			Map.entry("exceeded", new String[] { "8ED1A5", "00441B" }),
			Map.entry("on_track", new String[] { "E2EFDA", "375623" }),
			Map.entry("at_risk", new String[] { "FFEB9C", "7F6000" }),
			Map.entry("off_track", new String[] { "FFC7CE", "9C0006" }),
			Map.entry("no_data", new String[] { "D9D9D9", "3A3A3A" }),
			Map.entry("no_target", new String[] { "FFFFFF", "595959" }),
			Map.entry("on_time", new String[] { "C6EFCE", "006100" }),
			Map.entry("late", new String[] { "FFEB9C", "7F6000" }),
			Map.entry("missing", new String[] { "FFC7CE", "9C0006" }),
			Map.entry("done_on_time", new String[] { "C6EFCE", "006100" }),
			Map.entry("done_late", new String[] { "FFEB9C", "7F6000" }),
			Map.entry("overdue", new String[] { "FFC7CE", "9C0006" }),
			Map.entry("open", new String[] { "FFFFFF", "000000" }),
			Map.entry("OK", new String[] { "C6EFCE", "006100" }),
			Map.entry("CHECK", new String[] { "FFC7CE", "9C0006" }));

	/** The statuses of a result, in the order of the legend. */
	static final List<String> RESULT_STATUSES = List.of("achieved", "exceeded", "on_track", "at_risk", "off_track",
			"no_data", "no_target");

	private final SXSSFWorkbook workbook;

	/**
	 * The workbook's default style (index 0: the font, no number format, no fill), for every cell with
	 * no other: set on the cell, so that POI does not look up the column's style as it writes the row.
	 */
	final CellStyle normal;

	final CellStyle header;

	final CellStyle title;

	final CellStyle label;

	final CellStyle text;

	final CellStyle integer;

	/** Whole numbers without thousands separators: years, months, file numbers, line numbers. */
	final CellStyle plain;

	/**
	 * A formula's TRUE or FALSE (the Values sheet's flags): Excel shows a boolean as such whatever the
	 * format, but LibreOffice showed some recalculated flags as 1 and 0 without this format.
	 */
	final CellStyle flag;

	// the styles made when first asked for: the long sheets ask from two threads at once (WorkbookWriter),
	// so a style is looked up without a lock and made under the workbook's (its styles table is not
	// safe to change from two threads)
	private final Map<Integer, CellStyle> numbers = new ConcurrentHashMap<>();

	private final Map<Integer, CellStyle> indents = new ConcurrentHashMap<>();

	private final Map<String, CellStyle> statuses = new ConcurrentHashMap<>();

	Styles(SXSSFWorkbook workbook) {
		this.workbook = workbook;
		normal = workbook.getCellStyleAt(0);
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.TOP);
		header.setBorderBottom(BorderStyle.THIN);
		((XSSFCellStyle) header).setFillForegroundColor(colour("DDEBF7"));
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		title = workbook.createCellStyle();
		title.setFont(big);
		label = workbook.createCellStyle();
		label.setFont(bold);
		text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		integer = number(0);
		plain = workbook.createCellStyle();
		plain.setDataFormat(workbook.createDataFormat().getFormat("0"));
		flag = workbook.createCellStyle();
		flag.setDataFormat(workbook.createDataFormat().getFormat("\"TRUE\";\"TRUE\";\"FALSE\""));
	}

	private static XSSFColor colour(String hex) {
		return new XSSFColor(new byte[] { (byte) Integer.parseInt(hex.substring(0, 2), 16),
				(byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16) });
	}

	/** Thousands separators and exactly {@code decimals} decimals. */
	CellStyle number(int decimals) {
		return made(numbers, decimals, d -> {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
			return style;
		});
	}

	/** Text indented by its depth in the agency tree. */
	CellStyle indented(int depth) {
		return made(indents, Math.min(depth, 15), d -> {
			CellStyle style = workbook.createCellStyle();
			style.setAlignment(HorizontalAlignment.LEFT);
			style.setIndention(d.shortValue());
			return style;
		});
	}

	/** A status cell in its colour; unknown statuses are plain. */
	CellStyle status(String status) {
		return made(statuses, status, s -> {
			String[] colours = STATUS_COLOURS.get(s);
			CellStyle style = workbook.createCellStyle();
			if (colours != null) {
				((XSSFCellStyle) style).setFillForegroundColor(colour(colours[0]));
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				XSSFFont font = (XSSFFont) workbook.createFont();
				font.setColor(colour(colours[1]));
				font.setBold(true);
				style.setFont(font);
			}
			return style;
		});
	}

	/** The style of a key: looked up, else made once, under the workbook's lock. */
	private <K> CellStyle made(Map<K, CellStyle> styles, K key, Function<K, CellStyle> make) {
		CellStyle style = styles.get(key);
		if (style != null) {
			return style;
		}
		synchronized (workbook) {
			return styles.computeIfAbsent(key, make);
		}
	}

	/** Gives a conditional formatting rule the fill and bold font colour of a status. */
	void colour(String status, ConditionalFormattingRule rule) {
		String[] colours = STATUS_COLOURS.get(status);
		PatternFormatting fill = rule.createPatternFormatting();
		fill.setFillBackgroundColor(colour(colours[0]));
		fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
		FontFormatting font = rule.createFontFormatting();
		font.setFontColor(colour(colours[1]));
		font.setFontStyle(false, true);
	}

}
