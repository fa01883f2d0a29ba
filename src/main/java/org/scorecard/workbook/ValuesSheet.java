package org.scorecard.workbook;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Values": every month the results use (months 1..m of the year and the year before), one row per
 * agency, indicator and month, each value a live formula: an own value sums the agency's current row
 * on "Submissions"; a rolled-up value sums its children's rows above it (rows are ordered deepest
 * agency first, so a formula only ever looks up, never at itself); a ratio or difference takes its two
 * sides from the same agency's rows above it. Three flag columns, also formulas, say whether the month
 * is in both years, the latest of its year, and the latest of those in both years: the Summary's
 * like-for-like and "last" formulas select rows with them.
 */
final class ValuesSheet {

	static final String NAME = "Values";

	private static final int[] WIDTHS = { 14, 14, 24, 10, 7, 7, 18, 22, 11, 10, 10, 12 };

	/**
	 * The months of the window stored for the run (own and rolled-up values), agency by agency, deepest
	 * first. This reads agency_value directly, not the {@code window_value} view: the view's second half
	 * (a ratio's or difference's two sides joined per agency and month) and the sort of the union took
	 * 5.6 s of H2 at a million rows of history against 2.0 s for this query alone; the pairs are made
	 * here, per agency, from the rows just read. The sheet's rows are the view's, in the view's order
	 * (depth, then own before derived indicators, agency, indicator, year, month; codes in the
	 * database's order).
	 */
	private static final String QUERY = "SELECT v.agency, a.parent, a.depth, v.indicator, i.numerator, "
			+ "i.denominator, v.period_year, v.period_month, v.value_num, v.rolled_up FROM agency_value v "
			+ "JOIN agency a ON a.run_id = v.run_id AND a.code = v.agency "
			+ "JOIN indicator i ON i.run_id = v.run_id AND i.code = v.indicator "
			+ "WHERE v.run_id = ? AND v.period_year IN (?, ?) AND v.period_month <= ? "
			+ "AND i.aggregation NOT IN ('RATIO', 'DIFFERENCE') "
			+ "ORDER BY a.depth DESC, v.agency, v.indicator, v.period_year, v.period_month";

	/** The ratios and differences, in the database's order of their codes. */
	private static final String DERIVED = "SELECT code, numerator, denominator FROM indicator WHERE run_id = ? "
			+ "AND aggregation IN ('RATIO', 'DIFFERENCE') ORDER BY code";

	private record Month(String agency, String parent, int depth, String indicator, boolean derived, String numerator,
			String denominator, int year, int month, BigDecimal value, BigDecimal second, boolean rolledUp) {
	}

	private ValuesSheet() {
	}

	/**
	 * The sheet's rows: the months of the window as the results counted them while building them in this
	 * execution (running the view again only to count it took as long as a good part of reading it);
	 * counted from the view when they were built before (a restarted run).
	 */
	static long count(WorkbookRun book) {
		return book.context()
			.windowValues()
			.orElseGet(() -> book.jdbc()
				.queryForObject("SELECT COUNT(*) FROM window_value WHERE run_id = ?", Long.class, book.runId()));
	}

	/** The sheet and its parts, made before any rows are written (the workbook's sheets are made in order). */
	static PagedSheet open(WorkbookRun book, SheetLayout layout) {
		return new PagedSheet(book.workbook(), layout, book.styles(), book.words().headers("values", 12), WIDTHS);
	}

	/**
	 * The sheet's rows, without finishing it: this may run beside the rows of another sheet
	 * ({@link WorkbookWriter}); finishing a sheet changes the workbook and is left to the caller.
	 */
	static void fill(WorkbookRun book, PagedSheet sheet, SheetLayout submissions, JdbcTemplate jdbc) {
		long runId = book.runId();
		Map<String, String[]> derived = new LinkedHashMap<>();
		jdbc.query(DERIVED, rs -> {
			derived.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
		}, runId);
		Ordered ordered = new Ordered(new Writer(sheet, book, submissions), derived);
		YearMonth month = book.run().period().month();
		jdbc.query(QUERY, rs -> {
			ordered.add(new Month(rs.getString("agency"), rs.getString("parent"), rs.getInt("depth"),
					rs.getString("indicator"), rs.getString("numerator") != null, rs.getString("numerator"),
					rs.getString("denominator"), rs.getInt("period_year"), rs.getInt("period_month"),
					rs.getBigDecimal("value_num"), null, rs.getBoolean("rolled_up")));
		}, runId, month.getYear(), month.getYear() - 1, month.getMonthValue());
		ordered.finish();
	}

	/**
	 * Puts the stored months in the sheet's order: an own or rolled-up month goes out as it is read; the
	 * months of ratios and differences (the pairs of their two sides where both have the month; they are
	 * never stored themselves: a row naming one is rejected, and only sums and lasts roll up) wait for
	 * the end of their depth, as the derived block follows the other indicators' block of the same depth.
	 */
	private static final class Ordered {

		private final Writer writer;

		private final Map<String, String[]> derived;

		private final Set<String> sides = new HashSet<>();

		/** The current agency's months of the indicators some ratio or difference takes a side from. */
		private final Map<String, List<Month>> agencySides = new HashMap<>();

		/** The derived months of the current depth, in order. */
		private final List<Month> depthDerived = new ArrayList<>();

		private Month agency;

		Ordered(Writer writer, Map<String, String[]> derived) {
			this.writer = writer;
			this.derived = derived;
			derived.values().forEach(pair -> sides.addAll(List.of(pair)));
		}

		void add(Month month) {
			if (agency != null && agency.depth() != month.depth()) {
				endAgency();
				endDepth();
			}
			else if (agency != null && !agency.agency().equals(month.agency())) {
				endAgency();
			}
			agency = month;
			writer.add(month);
			if (sides.contains(month.indicator())) {
				agencySides.computeIfAbsent(month.indicator(), code -> new ArrayList<>()).add(month);
			}
		}

		void finish() {
			endAgency();
			endDepth();
			writer.flush();
		}

		/** The agency's derived months: per ratio or difference, the months both sides have, in order. */
		private void endAgency() {
			if (agency == null) {
				return;
			}
			for (Map.Entry<String, String[]> indicator : derived.entrySet()) {
				String code = indicator.getKey();
				String numerator = indicator.getValue()[0];
				String denominator = indicator.getValue()[1];
				List<Month> denominators = agencySides.getOrDefault(denominator, List.of());
				for (Month n : agencySides.getOrDefault(numerator, List.of())) {
					for (Month d : denominators) {
						if (d.year() == n.year() && d.month() == n.month()) {
							depthDerived.add(new Month(n.agency(), n.parent(), n.depth(), code, numerator != null, numerator,
									denominator, n.year(), n.month(), n.value(), d.value(), n.rolledUp() || d.rolledUp()));
							break;
						}
					}
				}
			}
			agencySides.clear();
		}

		private void endDepth() {
			depthDerived.forEach(writer::add);
			depthDerived.clear();
		}

	}

	/** Buffers one agency and indicator at a time (at most 24 months) to know its flags. */
	private static final class Writer {

		private final PagedSheet sheet;

		private final Styles styles;

		private final int year;

		private final SheetLayout submissions;

		private final Map<String, Integer> decimals;

		private final Words words;

		private final List<Month> group = new ArrayList<>();

		private int blockDepth = Integer.MIN_VALUE;

		private boolean blockDerived;

		private long blockStart;

		Writer(PagedSheet sheet, WorkbookRun book, SheetLayout submissions) {
			this.sheet = sheet;
			this.styles = book.styles();
			this.year = book.run().period().year();
			this.submissions = submissions;
			this.decimals = book.decimals();
			this.words = book.words();
		}

		void add(Month month) {
			if (!group.isEmpty() && !(group.get(0).agency().equals(month.agency())
					&& group.get(0).indicator().equals(month.indicator()))) {
				flush();
			}
			group.add(month);
		}

		void flush() {
			if (group.isEmpty()) {
				return;
			}
			Month first = group.get(0);
			if (first.depth() != blockDepth || first.derived() != blockDerived) {
				blockDepth = first.depth();
				blockDerived = first.derived();
				blockStart = sheet.written();
			}
			for (Month month : group) {
				boolean inBoth = group.stream().anyMatch(o -> o.year() != month.year() && o.month() == month.month());
				boolean latest = group.stream().noneMatch(o -> o.year() == month.year() && o.month() > month.month());
				boolean latestInBoth = inBoth && group.stream()
					.noneMatch(o -> o.year() == month.year() && o.month() > month.month()
							&& group.stream().anyMatch(p -> p.year() != o.year() && p.month() == o.month()));
				write(month, inBoth, latest, latestInBoth);
			}
			group.clear();
		}

		private void write(Month month, boolean inBoth, boolean latest, boolean latestInBoth) {
			Row row = sheet.next();
			int n = sheet.excelRow();
			Cells.text(row, 0, month.agency(), styles.normal);
			Cells.text(row, 1, month.parent(), styles.normal);
			Cells.text(row, 2, month.indicator(), styles.normal);
			Cells.text(row, 3, "%04d-%02d".formatted(month.year(), month.month()), styles.normal);
			Cells.number(row, 4, month.year(), styles.plain);
			Cells.number(row, 5, month.month(), styles.plain);
			String[] key = { "$A" + n, "$C" + n, "$E" + n, "$F" + n };
			List<SheetLayout.Area> above = sheet.layout().prefix(blockStart);
			if (month.derived()) {
				int places = decimals.getOrDefault(month.numerator(), 2);
				Cells.formula(row, 6, side(above, month.numerator(), key), month.value(), styles.number(places));
				Cells.formula(row, 7, side(above, month.denominator(), key), month.second(),
						styles.number(decimals.getOrDefault(month.denominator(), 2)));
				Cells.text(row, 8, words.get("values.derived"), styles.normal);
			}
			else if (month.rolledUp()) {
				Cells.formula(row, 6, Formulas.sumifs(above, "G", "B", key[0], "C", key[1], "E", key[2], "F", key[3]),
						month.value(), styles.number(decimals.getOrDefault(month.indicator(), 2)));
				Cells.text(row, 8, words.get("values.rolledup"), styles.normal);
			}
			else {
				Cells.formula(row, 6,
						Formulas.sumifs(submissions.all(), SubmissionsSheet.VALUE, SubmissionsSheet.AGENCY, key[0],
								SubmissionsSheet.INDICATOR, key[1], SubmissionsSheet.YEAR, key[2], SubmissionsSheet.MONTH,
								key[3], SubmissionsSheet.STATUS, Formulas.quoted(SubmissionsSheet.CURRENT)),
						month.value(), styles.number(decimals.getOrDefault(month.indicator(), 2)));
				Cells.text(row, 8, words.get("values.own"), styles.normal);
			}
			List<SheetLayout.Area> all = sheet.layout().all();
			int otherYear = month.year() == year ? year - 1 : year;
			Cells.formula(row, 9, Formulas.countifs(all, "A", key[0], "C", key[1], "E", Integer.toString(otherYear), "F",
					key[3]) + ">0", inBoth, styles.flag);
			Cells.formula(row, 10,
					Formulas.countifs(all, "A", key[0], "C", key[1], "E", key[2], "F", "\">\"&" + key[3]) + "=0", latest,
					styles.flag);
			Cells.formula(row, 11, "AND($J" + n + "," + Formulas.countifs(all, "A", key[0], "C", key[1], "E", key[2], "J",
					"TRUE", "F", "\">\"&" + key[3]) + "=0)", latestInBoth, styles.flag);
		}

		private static String side(List<SheetLayout.Area> above, String indicator, String[] key) {
			return Formulas.sumifs(above, "G", "A", key[0], "C", Formulas.quoted(indicator), "E", key[2], "F", key[3]);
		}

	}

}
