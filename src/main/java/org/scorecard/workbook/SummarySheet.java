package org.scorecard.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.Aggregation;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.Measure;
import org.scorecard.reference.Operator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.text.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.scorecard.quality.Questioned;
import org.scorecard.reference.Direction;
import org.apache.poi.ss.util.CellReference;
import java.util.Set;

/**
 * "Summary": one row per result, agencies in tree order and indented by depth. Month, year-to-date,
 * last year, growth and months reported are live formulas over "Values" (which traces each month to
 * "Submissions"), with the computed figures cached. So is the judgement (rules.md section 6): the
 * measured figure picks the target's measure from the row, the expected value of an annual plan is
 * value x m / 12, the tolerance applied is the target's or the default, and the status is a formula
 * over them, coloured by conditional formatting: change a submitted value and recalculate, and the
 * status follows. The quarter's figures (quarter-closing runs) and the previous month's status are the
 * computed values. The status columns hold codes (summary.json's, compared by conditional formatting
 * and the Scorecard sheet's arrows, whatever the language); the last two columns show them as words of
 * the run's language, the current one by a lookup over About's legend, so it follows a recalculation.
 */
final class SummarySheet {

	/** The sheet's English name; a run names it in its language ({@code sheet.summary}). */
	static final String NAME = "Summary";

	static final int HEADER_ROW = 3;

	/** Columns, with the status word columns last so that every other column keeps its letter. */
	static final int COLUMNS = 27;

	static final int MONTH = 5;

	static final int YTD = 6;

	static final int YTD_PREV = 7;

	static final int GROWTH_MONTH = 8;

	static final int GROWTH_YTD = 9;

	static final int MONTHS_REPORTED = 10;

	static final int MEASURED = 16;

	static final int EXPECTED = 17;

	static final int TOLERANCE = 18;

	static final int STATUS = 19;

	static final int IN_QUESTION = 20;

	// the quarter's figures and the previous month's status come last, so the columns above keep their letters
	static final int QUARTER = 21;

	static final int QUARTER_PREV = 22;

	static final int QUARTER_GROWTH = 23;

	static final int STATUS_PREV = 24;

	/** The words of STATUS (a lookup formula over About's legend) and of STATUS_PREV. */
	static final int STATUS_WORD = 25;

	static final int STATUS_PREV_WORD = 26;

	private static final int[] WIDTHS = { 14, 30, 22, 34, 9, 14, 16, 16, 12, 16, 9, 8, 18, 12, 12, 12, 16, 16, 12,
			18, 13, 14, 14, 14, 14, 16, 16 };

	
	private static final String QUERY = "SELECT r.*, t.measure, t.op, t.value_num AS t_value, t.value_max AS t_max, "
			+ "t.tolerance AS t_tolerance FROM result r LEFT JOIN target t ON t.run_id = r.run_id AND t.agency = r.agency "
			+ "AND t.indicator = r.indicator AND t.target_year = ? WHERE r.run_id = ?";

	private record Line(String agency, String indicator, BigDecimal month, BigDecimal ytd, BigDecimal ytdPrev,
			BigDecimal growthMonth, BigDecimal growthYtd, int monthsReported, boolean rolledUp, String status,
			String measure, String operator, BigDecimal targetValue, BigDecimal targetMax, BigDecimal targetTolerance,
			BigDecimal measured, BigDecimal expected, BigDecimal tolerance, BigDecimal quarter, BigDecimal quarterPrev,
			BigDecimal quarterGrowth, String statusPrev) {
	}

	private SummarySheet() {
	}

	/**
	 * Where a result's row is, its sheet and 1-based row number, for formulas on other sheets; and the
	 * result's status, measured figure, year to date and previous month's status, as the row shows them.
	 */
	record Place(String sheet, int row, String status, BigDecimal measured, BigDecimal ytd, String statusPrev) {

		String cell(int column) {
			return "'" + sheet + "'!" + CellReference.convertNumToColString(column) + row;
		}

	}

	/** Writes the sheet; returns where each result's row is and what it shows, keyed "AGENCY INDICATOR". */
	static java.util.Map<String, Place> write(WorkbookRun book, SheetLayout values, String title) {
		Styles styles = book.styles();
		JdbcTemplate jdbc = book.jdbc();
		long runId = book.runId();
		int year = book.run().period().year();
		int month = book.run().period().monthOfYear();
		ReferenceData reference = book.reference();
		AgencyTree tree = book.tree();
		Words words = book.words();
		Language lang = book.context().lang();
		java.util.Map<String, Place> places = new java.util.HashMap<>();
		// the rows are read first: the sheet is planned from their number
		Set<String> questioned = Questioned.of(jdbc, runId, reference);
		List<Line> lines = new ArrayList<>();
		jdbc.query(QUERY, rs -> {
			lines.add(new Line(rs.getString("agency"), rs.getString("indicator"), rs.getBigDecimal("month_value"),
					rs.getBigDecimal("ytd"), rs.getBigDecimal("ytd_prev"), rs.getBigDecimal("growth_month"),
					rs.getBigDecimal("growth_ytd"), rs.getInt("months_reported"), rs.getBoolean("rolled_up"),
					rs.getString("status"), rs.getString("measure"), rs.getString("op"), rs.getBigDecimal("t_value"),
					rs.getBigDecimal("t_max"), rs.getBigDecimal("t_tolerance"), rs.getBigDecimal("measured"),
					rs.getBigDecimal("expected"), rs.getBigDecimal("tolerance"), rs.getBigDecimal("quarter_value"),
					rs.getBigDecimal("quarter_prev"), rs.getBigDecimal("growth_quarter"), rs.getString("status_prev")));
		}, year, runId);
		lines.sort(Comparator.comparingInt((Line l) -> tree.position(l.agency())).thenComparing(Line::indicator));

		PagedSheet sheet = new PagedSheet(book.workbook(),
				new SheetLayout(words.sheet("summary"), HEADER_ROW, WorkbookWriter.EXCEL_ROWS, lines.size()), styles,
				words.headers("summary", COLUMNS), WIDTHS);
		Cells.text(sheet.preamble(0), 0, title, styles.title);
		Row legend = sheet.preamble(1);
		Cells.text(legend, 0, words.get("summary.legend"), styles.label);
		for (int i = 0; i < Styles.RESULT_STATUSES.size(); i++) {
			String status = Styles.RESULT_STATUSES.get(i);
			Cells.text(legend, i + 1, words.status(status), styles.status(status));
		}
		Cells.text(sheet.preamble(2), 0, words.get("summary.note"), styles.normal);

		for (Line line : lines) {
			Row row = sheet.next();
			int n = sheet.excelRow();
			places.put(line.agency() + " " + line.indicator(), new Place(sheet.sheetName(), n, line.status(),
					line.measured(), line.ytd(), line.statusPrev()));
			Indicator indicator = reference.indicator(line.indicator());
			var agency = reference.agencies().get(line.agency());
			Cells.text(row, 0, line.agency(), styles.indented(tree.depth(line.agency())));
			Cells.text(row, 1, agency.nameVi() == null || agency.nameVi().isBlank() ? agency.name() : agency.nameVi(),
					styles.normal);
			Cells.text(row, 2, line.indicator(), styles.normal);
			Cells.text(row, 3, indicator.name(lang), styles.normal);
			Cells.text(row, 4, words.word("unit", indicator.unit().name()), styles.normal);
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
			Cells.text(row, 11, line.rolledUp() ? words.yes() : "", styles.normal);
			if (line.measure() == null) {
				Cells.text(row, STATUS, line.status(), styles.status(line.status()));
			}
			else {
				Measure measure = Measure.valueOf(line.measure());
				Operator operator = Operator.valueOf(line.operator());
				Judged judged = new Judged(n, measure, operator, indicator.direction(), month,
						line.targetTolerance() != null);
				Cells.text(row, 12, words.get("measure." + measure.code()) + " " + operator.symbol(), styles.normal);
				var target = measure.isGrowth() ? growth : value;
				Cells.number(row, 13, line.targetValue(), target);
				Cells.number(row, 14, line.targetMax(), target);
				Cells.number(row, 15, line.targetTolerance(), target);
				Cells.live(row, MEASURED, judged.measured(), line.measured(), target);
				if (measure == Measure.PLAN_YEAR) {
					Cells.live(row, EXPECTED, judged.expected(), line.expected(), value);
				}
				Cells.live(row, TOLERANCE, judged.tolerance(), line.tolerance(), target);
				Cells.formula(row, STATUS, judged.status(), line.status(), styles.status(line.status()));
			}
			Cells.text(row, IN_QUESTION, questioned.contains(line.agency() + " " + line.indicator()) ? words.yes() : "", styles.normal);
			// computed values, not formulas: Values holds months 1..m of two years, not a quarter's own span
			Cells.number(row, QUARTER, line.quarter(), value);
			Cells.number(row, QUARTER_PREV, line.quarterPrev(), value);
			Cells.number(row, QUARTER_GROWTH, line.quarterGrowth(), growth);
			if (line.statusPrev() != null) {
				Cells.text(row, STATUS_PREV, line.statusPrev(), styles.status(line.statusPrev()));
				Cells.text(row, STATUS_PREV_WORD, words.status(line.statusPrev()), styles.status(line.statusPrev()));
			}
			Cells.formula(row, STATUS_WORD, AboutSheet.word(words, "$" + CellReference.convertNumToColString(STATUS) + n), words.status(line.status()),
					styles.status(line.status()));
		}
		sheet.statusColours(STATUS);
		sheet.statusColours(STATUS_WORD, STATUS);
		sheet.finish();
		return places;
	}

	/**
	 * The formulas of rules.md section 6 over one Summary row: Measured picks the target's measure,
	 * Expected is the annual plan pro rata, Tolerance applied is the target's tolerance or the default,
	 * Status compares them. A comparison is made on the difference rounded to 13 significant digits, so
	 * that floating-point noise (a growth of 4.9999999999999996 for 5) does not turn a status.
	 */
	private record Judged(int n, Measure measure, Operator operator, Direction direction, int months,
			boolean toleranceGiven) {

		private String cell(int column) {
			return CellReference.convertNumToColString(column) + n;
		}

		String measured() {
			int source = switch (measure) {
				case VALUE_MONTH -> MONTH;
				case VALUE_YTD, PLAN_YEAR -> YTD;
				case GROWTH_MONTH -> GROWTH_MONTH;
				case GROWTH_YTD -> GROWTH_YTD;
			};
			return "IF(ISNUMBER(" + cell(source) + ")," + cell(source) + ",\"\")";
		}

		String expected() {
			return cell(13) + "*" + months + "/12";
		}

		String tolerance() {
			String byDefault;
			if (measure.isGrowth()) {
				byDefault = "1";
			}
			else if (measure == Measure.PLAN_YEAR) {
				byDefault = "0.05*ABS(" + cell(EXPECTED) + ")";
			}
			else if (operator == Operator.BETWEEN) {
				byDefault = "0.05*ABS(IF(" + x() + "<" + cell(13) + "," + cell(13) + "," + cell(14) + "))";
			}
			else {
				byDefault = "0.05*ABS(" + cell(13) + ")";
			}
			return "IF(ISNUMBER(" + x() + ")," + (toleranceGiven ? cell(15) : byDefault) + ",\"\")";
		}

		private String x() {
			return cell(MEASURED);
		}

		/** The difference a - b, rounded to 13 significant digits of the larger of |a|, |b| and 1. */
		private static String difference(String a, String b) {
			return "ROUND((" + a + ")-(" + b + "),13-INT(LOG10(MAX(ABS(" + a + "),ABS(" + b + "),1))))";
		}

		private static String when(String condition, String then, String otherwise) {
			return "IF(" + condition + "," + then + "," + otherwise + ")";
		}

		private static String q(String status) {
			return "\"" + status + "\"";
		}

		String status() {
			String x = x();
			String value = cell(13);
			String max = cell(14);
			String t = cell(TOLERANCE);
			String judged = measure == Measure.PLAN_YEAR ? planYear(x, value, t) : switch (operator) {
				case AT_LEAST -> when(difference(x, value) + ">=0", q("achieved"),
						when(difference(x, value + "-" + t) + ">=0", q("at_risk"), q("off_track")));
				case AT_MOST -> when(difference(x, value) + "<=0", q("achieved"),
						when(difference(x, value + "+" + t) + "<=0", q("at_risk"), q("off_track")));
				case BETWEEN -> when("AND(" + difference(x, value) + ">=0," + difference(x, max) + "<=0)", q("achieved"),
						when(difference(x, max) + ">0",
								direction == Direction.UP ? q("exceeded")
										: when(difference(x, max + "+" + t) + "<=0", q("at_risk"), q("off_track")),
								direction == Direction.DOWN ? q("exceeded")
										: when(difference(x, value + "-" + t) + ">=0", q("at_risk"), q("off_track"))));
			};
			return when("ISNUMBER(" + x + ")", judged, q("no_data"));
		}

		private String planYear(String x, String value, String t) {
			String expected = cell(EXPECTED);
			String onTrack = q(months == 12 ? "achieved" : "on_track");
			if (operator == Operator.AT_LEAST) {
				return when(difference(x, value) + ">=0", q("achieved"), when(difference(x, expected) + ">=0", onTrack,
						when(difference(x, expected + "-" + t) + ">=0", q("at_risk"), q("off_track"))));
			}
			return when(difference(x, value) + ">0", q("off_track"), when(difference(x, expected) + "<=0", onTrack,
					when(difference(x, expected + "+" + t) + "<=0", q("at_risk"), q("off_track"))));
		}

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
