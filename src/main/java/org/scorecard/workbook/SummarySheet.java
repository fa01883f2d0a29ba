package org.scorecard.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Operator;
import org.scorecard.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Summary": one row per result, agencies in tree order and indented by depth. Month, year-to-date,
 * last year, growth and months reported are live formulas over "Values" (which traces each month to
 * "Submissions"), with the computed figures cached; the status is a coloured cell explained by the
 * legend above the table.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	static final int HEADER_ROW = 3;

	static final String[] HEADERS = { "Agency", "Agency name", "Indicator", "Indicator name", "Unit", "Month",
			"Year to date", "Last year to date", "Growth on the month %", "Growth year to date % (like for like)",
			"Months reported", "Rolled up", "Target", "Target value", "Target max", "Status" };

	static final int MONTH = 5;

	static final int YTD = 6;

	static final int YTD_PREV = 7;

	static final int GROWTH_MONTH = 8;

	static final int GROWTH_YTD = 9;

	static final int MONTHS_REPORTED = 10;

	static final int STATUS = 15;

	private static final int[] WIDTHS = { 14, 30, 22, 34, 9, 14, 16, 16, 12, 16, 9, 8, 18, 12, 12, 12 };

	private static final String[] LEGEND = { "achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data",
			"no_target" };

	private static final String QUERY = "SELECT r.*, t.measure, t.op, t.value_num AS t_value, t.value_max AS t_max "
			+ "FROM result r LEFT JOIN target t ON t.run_id = r.run_id AND t.agency = r.agency "
			+ "AND t.indicator = r.indicator AND t.target_year = ? WHERE r.run_id = ?";

	private record Line(String agency, String indicator, BigDecimal month, BigDecimal ytd, BigDecimal ytdPrev,
			BigDecimal growthMonth, BigDecimal growthYtd, int monthsReported, boolean rolledUp, String status,
			String measure, String operator, BigDecimal targetValue, BigDecimal targetMax) {
	}

	private SummarySheet() {
	}

	static long count(JdbcTemplate jdbc, long runId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM result WHERE run_id = ?", Long.class, runId);
	}

	static void write(SXSSFWorkbook workbook, Styles styles, JdbcTemplate jdbc, long runId, int year, int month,
			SheetLayout layout, SheetLayout values, ReferenceData reference, AgencyTree tree, String title) {
		PagedSheet sheet = new PagedSheet(workbook, layout, styles, HEADERS, WIDTHS);
		Cells.text(sheet.preamble(0), 0, title, styles.title);
		Row legend = sheet.preamble(1);
		Cells.text(legend, 0, "Status colours:", styles.label);
		for (int i = 0; i < LEGEND.length; i++) {
			Cells.text(legend, i + 1, LEGEND[i], styles.status(LEGEND[i]));
		}
		Cells.text(sheet.preamble(2), 0,
				"Figures are formulas over the Values sheet, which traces every month to the Submissions sheet (file and "
						+ "line); select a cell to see its formula.",
				null);

		List<Line> lines = new ArrayList<>();
		jdbc.query(QUERY, rs -> {
			lines.add(new Line(rs.getString("agency"), rs.getString("indicator"), rs.getBigDecimal("month_value"),
					rs.getBigDecimal("ytd"), rs.getBigDecimal("ytd_prev"), rs.getBigDecimal("growth_month"),
					rs.getBigDecimal("growth_ytd"), rs.getInt("months_reported"), rs.getBoolean("rolled_up"),
					rs.getString("status"), rs.getString("measure"), rs.getString("op"), rs.getBigDecimal("t_value"),
					rs.getBigDecimal("t_max")));
		}, year, runId);
		lines.sort(Comparator.comparingInt((Line l) -> tree.position(l.agency())).thenComparing(Line::indicator));

		for (Line line : lines) {
			Row row = sheet.next();
			int n = sheet.excelRow();
			Indicator indicator = reference.indicator(line.indicator());
			var agency = reference.agencies().get(line.agency());
			Cells.text(row, 0, line.agency(), styles.indented(tree.depth(line.agency())));
			Cells.text(row, 1, agency.nameVi() == null || agency.nameVi().isBlank() ? agency.name() : agency.nameVi(),
					null);
			Cells.text(row, 2, line.indicator(), null);
			Cells.text(row, 3, indicator.name(), null);
			Cells.text(row, 4, indicator.unit().name(), null);
			Figure figure = new Figure(values.all(), n, year, month, indicator, reference);
			var value = styles.number(indicator.decimals());
			var growth = styles.number(2);
			figure(row, MONTH, line.month(), figure::month, value);
			figure(row, YTD, line.ytd(), () -> figure.ytd(year), value);
			figure(row, YTD_PREV, line.ytdPrev(), () -> figure.ytd(year - 1), value);
			figure(row, GROWTH_MONTH, line.growthMonth(), figure::growthMonth, growth);
			figure(row, GROWTH_YTD, line.growthYtd(), figure::growthYtd, growth);
			Cells.formula(row, MONTHS_REPORTED, figure.count(year), BigDecimal.valueOf(line.monthsReported()),
					styles.integer);
			Cells.text(row, 11, line.rolledUp() ? "yes" : "", null);
			if (line.measure() != null) {
				Measure measure = Measure.valueOf(line.measure());
				Cells.text(row, 12, measure.code() + " " + Operator.valueOf(line.operator()).symbol(), null);
				var target = measure.isGrowth() ? growth : value;
				Cells.number(row, 13, line.targetValue(), target);
				Cells.number(row, 14, line.targetMax(), target);
			}
			Cells.text(row, STATUS, line.status(), styles.status(line.status()));
		}
		sheet.finish();
	}

	/** A figure as a formula with its value cached; an empty cell when the figure is missing. */
	private static void figure(Row row, int column, BigDecimal value, Supplier<String> formula,
			org.apache.poi.ss.usermodel.CellStyle style) {
		Cells.formula(row, column, value == null ? null : formula.get(), value, style);
	}

	/** The formulas of one Summary row over the parts of "Values". */
	private record Figure(List<SheetLayout.Area> values, int n, int year, int periodMonth, Indicator indicator,
			ReferenceData reference) {

		private String[] key(int y, String... more) {
			String[] key = new String[6 + more.length];
			key[0] = "A";
			key[1] = "$A" + n;
			key[2] = "C";
			key[3] = "$C" + n;
			key[4] = "E";
			key[5] = Integer.toString(y);
			System.arraycopy(more, 0, key, 6, more.length);
			return key;
		}

		String count(int y) {
			return Formulas.countifs(values, key(y));
		}

		private String sum(String column, int y, String... more) {
			return Formulas.sumifs(values, column, key(y, more));
		}

		/** The year-to-date of one column under an aggregation, over all months or like for like. */
		private String aggregate(String column, Aggregation aggregation, int y, boolean likeForLike) {
			return switch (aggregation) {
				case SUM -> likeForLike ? sum(column, y, "J", "TRUE") : sum(column, y);
				case LAST -> sum(column, y, likeForLike ? "L" : "K", "TRUE");
				case AVG -> "(" + (likeForLike ? sum(column, y, "J", "TRUE") : sum(column, y)) + "/"
						+ (likeForLike ? Formulas.countifs(values, key(y, "J", "TRUE")) : count(y)) + ")";
				case RATIO, DIFFERENCE -> throw new IllegalArgumentException("not a side: " + aggregation);
			};
		}

		private String derive(String numerator, String denominator) {
			return indicator.aggregation() == Aggregation.RATIO ? numerator + "/" + denominator + "*100"
					: numerator + "-" + denominator;
		}

		String month() {
			String value = sum("G", year, "F", Integer.toString(periodMonth));
			return indicator.aggregation().isDerived() ? derive(value, sum("H", year, "F", Integer.toString(periodMonth)))
					: value;
		}

		String ytd(int y) {
			if (!indicator.aggregation().isDerived()) {
				return aggregate("G", indicator.aggregation(), y, false);
			}
			return derive(aggregate("G", reference.indicator(indicator.numerator()).aggregation(), y, false),
					aggregate("H", reference.indicator(indicator.denominator()).aggregation(), y, false));
		}

		String growthMonth() {
			return "(" + sum("G", year, "F", Integer.toString(periodMonth)) + "/" + sum("G", year - 1, "F",
					Integer.toString(periodMonth)) + "-1)*100";
		}

		String growthYtd() {
			return "(" + aggregate("G", indicator.aggregation(), year, true) + "/"
					+ aggregate("G", indicator.aggregation(), year - 1, true) + "-1)*100";
		}

	}

}
