package org.scorecard.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.scorecard.reference.AgencyKind;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Target;

/**
 * "Scorecard": the report's matrix of agencies against the key indicators. Per indicator two
 * columns, the figure the status was judged on (the year to date where there is no target) and the
 * status, both formulas into the result's row on "Summary", so they follow a recalculation; the
 * status cells and their figures are coloured by conditional formatting on the status.
 */
final class MatrixSheet {

	static final String NAME = "Scorecard";

	static final int HEADER_ROW = 3;

	/** Columns before the indicators: agency, agency name, group. */
	static final int FIRST = 3;

	/** Columns per key indicator: figure, status, change since the previous month. */
	static final int SPAN = 3;

	/** The statuses in rank order between bars, for SEARCH: a later position is a better status. */
	private static final String RANKS = "\"|off_track|at_risk|on_track|achieved|exceeded|\"";

	private record Cached(String status, BigDecimal measured, BigDecimal ytd, String previous) {
	}

	private MatrixSheet() {
	}

	static void write(WorkbookRun book, Map<String, SummarySheet.Place> summary) {
		ReferenceData reference = book.reference();
		int year = book.run().period().year();
		List<Indicator> key = reference.keyIndicators(year);
		Map<String, Cached> results = new HashMap<>();
		book.jdbc().query("SELECT agency, indicator, status, measured, ytd, status_prev FROM result WHERE run_id = ?", rs -> {
			results.put(rs.getString(1) + " " + rs.getString(2),
					new Cached(rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6)));
		}, book.runId());
		Set<String> targets = new HashSet<>();
		for (Target target : reference.targets()) {
			if (target.year() == year) {
				targets.add(target.agency() + " " + target.indicator());
			}
		}
		List<String> agencies = new ArrayList<>();
		for (AgencyKind kind : AgencyKind.values()) {
			for (String agency : book.tree().order()) {
				if (reference.agencies().get(agency).kind() == kind
						&& key.stream().anyMatch(i -> results.containsKey(agency + " " + i.code()))) {
					agencies.add(agency);
				}
			}
		}
		String[] headers = new String[FIRST + SPAN * key.size()];
		int[] widths = new int[headers.length];
		headers[0] = "Agency";
		headers[1] = "Agency name";
		headers[2] = "Group";
		widths[0] = 12;
		widths[1] = 30;
		widths[2] = 12;
		for (int i = 0; i < key.size(); i++) {
			headers[FIRST + SPAN * i] = key.get(i).code() + " figure";
			headers[FIRST + SPAN * i + 1] = key.get(i).code() + " status";
			headers[FIRST + SPAN * i + 2] = key.get(i).code() + " since last month";
			widths[FIRST + SPAN * i] = 13;
			widths[FIRST + SPAN * i + 1] = 11;
			widths[FIRST + SPAN * i + 2] = 7;
		}
		Styles styles = book.styles();
		PagedSheet sheet = new PagedSheet(book.workbook(),
				new SheetLayout(NAME, HEADER_ROW, WorkbookWriter.EXCEL_ROWS, agencies.size()), styles, headers, widths);
		Cells.text(sheet.preamble(0), 0, "Scorecard " + book.run().period()
				+ ": agencies against the key indicators (indicators.csv key; by default those with a national target)",
				styles.title);
		Cells.text(sheet.preamble(1), 0, "Each figure is the one its status was judged on (Summary's Measured), or the "
				+ "year to date where there is no target; figure and status are formulas into the result's row on "
				+ "Summary, coloured by the status.", null);
		Row names = sheet.preamble(2);
		for (int i = 0; i < key.size(); i++) {
			Cells.text(names, FIRST + SPAN * i, key.get(i).name(), styles.label);
		}
		for (String agency : agencies) {
			Row row = sheet.next();
			var a = reference.agencies().get(agency);
			Cells.text(row, 0, agency, null);
			Cells.text(row, 1, a.nameVi() == null || a.nameVi().isBlank() ? a.name() : a.nameVi(), null);
			Cells.text(row, 2, a.kind().name().toLowerCase(java.util.Locale.ROOT), null);
			for (int i = 0; i < key.size(); i++) {
				String id = agency + " " + key.get(i).code();
				Cached cached = results.get(id);
				SummarySheet.Place place = summary.get(id);
				if (cached == null || place == null) {
					continue;
				}
				boolean judged = targets.contains(id);
				var style = judged && key.get(i).unit() != org.scorecard.reference.Unit.PERCENT && isGrowth(reference, id, year)
						? styles.number(2) : styles.number(key.get(i).decimals());
				Cells.live(row, FIRST + SPAN * i, "IF(ISNUMBER(" + place.cell(judged ? SummarySheet.MEASURED : SummarySheet.YTD)
						+ ")," + place.cell(judged ? SummarySheet.MEASURED : SummarySheet.YTD) + ",\"\")",
						judged ? cached.measured() : cached.ytd(), style);
				Cells.formula(row, FIRST + SPAN * i + 1, place.cell(SummarySheet.STATUS), cached.status(),
						styles.status(cached.status()));
				Cells.formula(row, FIRST + SPAN * i + 2, change(CellReference.convertNumToColString(FIRST + SPAN * i + 1)
						+ sheet.excelRow(), place.cell(SummarySheet.STATUS_PREV)), arrow(cached.previous(), cached.status()),
						styles.text);
			}
		}
		for (int i = 0; i < key.size(); i++) {
			sheet.statusColours(FIRST + SPAN * i + 1);
			figureColours(book, sheet, FIRST + SPAN * i, agencies.size());
		}
		sheet.finish();
	}

	/**
	 * The change of a status since the previous month as a formula: ▲ better, ▼ worse, = the same, by
	 * the rank of each status in {@link #RANKS}; empty where either has no rank (no data, no target).
	 */
	private static String change(String status, String previous) {
		return "IFERROR(CHOOSE(SIGN(SEARCH(\"|\"&" + status + "&\"|\"," + RANKS + ")-SEARCH(\"|\"&" + previous
				+ "&\"|\"," + RANKS + "))+2,\"\u25BC\",\"=\",\"\u25B2\"),\"\")";
	}

	/** What {@link #change} computes, for the cached value. */
	private static String arrow(String previous, String current) {
		List<String> rank = List.of("off_track", "at_risk", "on_track", "achieved", "exceeded");
		int before = previous == null ? -1 : rank.indexOf(previous);
		int now = rank.indexOf(current);
		if (before < 0 || now < 0) {
			return "";
		}
		return now > before ? "\u25B2" : now < before ? "\u25BC" : "=";
	}

	private static boolean isGrowth(ReferenceData reference, String id, int year) {
		return reference.targets()
			.stream()
			.anyMatch(t -> t.year() == year && id.equals(t.agency() + " " + t.indicator()) && t.measure().isGrowth());
	}

	/** Colours a figure column by the status beside it. */
	private static void figureColours(WorkbookRun book, PagedSheet sheet, int column, int rows) {
		if (rows == 0) {
			return;
		}
		var poiSheet = book.workbook().getSheet(NAME);
		int first = HEADER_ROW + 1;
		SheetConditionalFormatting formatting = poiSheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(first, first + rows - 1, column, column) };
		String status = CellReference.convertNumToColString(column + 1) + (first + 1);
		for (String code : Styles.RESULT_STATUSES) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(status + "=\"" + code + "\"");
			book.styles().colour(code, rule);
			formatting.addConditionalFormatting(range, rule);
		}
	}

}
