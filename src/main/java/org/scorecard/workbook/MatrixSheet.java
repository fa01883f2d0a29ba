package org.scorecard.workbook;

import java.util.ArrayList;
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
import org.scorecard.text.Language;

/**
 * "Scorecard": the report's matrix of agencies against the key indicators. Per indicator two
 * columns, the figure the status was judged on (the year to date where there is no target) and the
 * status in words, both formulas into the result's row on "Summary", so they follow a recalculation,
 * and the change since last month, a formula over Summary's status codes; the status cells and their
 * figures are coloured by conditional formatting on the status.
 */
final class MatrixSheet {

	/** The sheet's English name; a run names it in its language ({@code sheet.matrix}). */
	static final String NAME = "Scorecard";

	static final int HEADER_ROW = 3;

	/** Columns before the indicators: agency, agency name, group. */
	static final int FIRST = 3;

	/** Columns per key indicator: figure, status, change since the previous month. */
	static final int SPAN = 3;

	/** The statuses in rank order between bars, for SEARCH: a later position is a better status. */
	private static final String RANKS = "\"|" + String.join("|", org.scorecard.aggregation.Status.RANKED) + "|\"";

	private MatrixSheet() {
	}

	/** Writes the sheet from the results as Summary shows them ({@code summary}: every result's row). */
	static void write(WorkbookRun book, Map<String, SummarySheet.Place> summary) {
		ReferenceData reference = book.reference();
		int year = book.run().period().year();
		List<Indicator> key = reference.keyIndicators(year);
		Set<String> targets = new HashSet<>();
		Set<String> growthTargets = new HashSet<>();
		for (Target target : reference.targets()) {
			if (target.year() == year) {
				targets.add(target.agency() + " " + target.indicator());
				if (target.measure().isGrowth()) {
					growthTargets.add(target.agency() + " " + target.indicator());
				}
			}
		}
		List<String> agencies = new ArrayList<>();
		for (AgencyKind kind : AgencyKind.values()) {
			for (String agency : book.tree().order()) {
				if (reference.agencies().get(agency).kind() == kind
						&& key.stream().anyMatch(i -> summary.containsKey(agency + " " + i.code()))) {
					agencies.add(agency);
				}
			}
		}
		Words words = book.words();
		Language lang = book.context().lang();
		String[] headers = new String[FIRST + SPAN * key.size()];
		int[] widths = new int[headers.length];
		System.arraycopy(words.headers("matrix", FIRST), 0, headers, 0, FIRST);
		widths[0] = 12;
		widths[1] = 30;
		widths[2] = 12;
		for (int i = 0; i < key.size(); i++) {
			String code = key.get(i).code();
			headers[FIRST + SPAN * i] = words.format("matrix.figure", "indicator", code);
			headers[FIRST + SPAN * i + 1] = words.format("matrix.status", "indicator", code);
			headers[FIRST + SPAN * i + 2] = words.format("matrix.change", "indicator", code);
			widths[FIRST + SPAN * i] = 13;
			widths[FIRST + SPAN * i + 1] = 16;
			widths[FIRST + SPAN * i + 2] = 7;
		}
		Styles styles = book.styles();
		String name = words.sheet("matrix");
		PagedSheet sheet = new PagedSheet(book.workbook(),
				new SheetLayout(name, HEADER_ROW, WorkbookWriter.EXCEL_ROWS, agencies.size()), styles, headers, widths);
		Cells.text(sheet.preamble(0), 0, words.format("matrix.title", WorkbookWriter.titleValues(book)), styles.title);
		Cells.text(sheet.preamble(1), 0, words.get("matrix.note"), styles.normal);
		Row names = sheet.preamble(2);
		for (int i = 0; i < key.size(); i++) {
			Cells.text(names, FIRST + SPAN * i, key.get(i).name(lang), styles.label);
		}
		for (String agency : agencies) {
			Row row = sheet.next();
			var a = reference.agencies().get(agency);
			Cells.text(row, 0, agency, styles.normal);
			Cells.text(row, 1, a.nameVi() == null || a.nameVi().isBlank() ? a.name() : a.nameVi(), styles.normal);
			Cells.text(row, 2, words.get("kind." + a.kind().name()), styles.normal);
			for (int i = 0; i < key.size(); i++) {
				String id = agency + " " + key.get(i).code();
				SummarySheet.Place place = summary.get(id);
				if (place == null) {
					continue;
				}
				boolean judged = targets.contains(id);
				var style = judged && key.get(i).unit() != org.scorecard.reference.Unit.PERCENT && growthTargets.contains(id)
						? styles.number(2) : styles.number(key.get(i).decimals());
				Cells.live(row, FIRST + SPAN * i, "IF(ISNUMBER(" + place.cell(judged ? SummarySheet.MEASURED : SummarySheet.YTD)
						+ ")," + place.cell(judged ? SummarySheet.MEASURED : SummarySheet.YTD) + ",\"\")",
						judged ? place.measured() : place.ytd(), style);
				// the word of the status; the arrow compares the codes on Summary, whatever the language
				Cells.formula(row, FIRST + SPAN * i + 1, place.cell(SummarySheet.STATUS_WORD),
						words.status(place.status()), styles.status(place.status()));
				Cells.formula(row, FIRST + SPAN * i + 2,
						change(place.cell(SummarySheet.STATUS), place.cell(SummarySheet.STATUS_PREV)),
						org.scorecard.aggregation.Status.change(place.statusPrev(), place.status()), styles.text);
			}
		}
		for (int i = 0; i < key.size(); i++) {
			colours(book, name, FIRST + SPAN * i, agencies.size());
			colours(book, name, FIRST + SPAN * i + 1, agencies.size());
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

	/**
	 * Colours a figure or status column by the status word of its indicator: conditional formatting
	 * cannot refer to another sheet (Summary's codes) in every Excel, so it compares the words, which
	 * come from the same texts as About's legend.
	 */
	private static void colours(WorkbookRun book, String name, int column, int rows) {
		if (rows == 0) {
			return;
		}
		int status = column - (column - FIRST) % SPAN + 1;
		var poiSheet = book.workbook().getSheet(name);
		int first = HEADER_ROW + 1;
		SheetConditionalFormatting formatting = poiSheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(first, first + rows - 1, column, column) };
		String cell = CellReference.convertNumToColString(status) + (first + 1);
		for (String code : Styles.RESULT_STATUSES) {
			ConditionalFormattingRule rule = formatting
				.createConditionalFormattingRule(cell + "=" + Formulas.quoted(book.words().status(code)));
			book.styles().colour(code, rule);
			formatting.addConditionalFormatting(range, rule);
		}
	}

}
