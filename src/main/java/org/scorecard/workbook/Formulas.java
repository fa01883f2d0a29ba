package org.scorecard.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Formula text over the parts of a sheet: SUMIFS and COUNTIFS of each part, added up (both are in
 * every Excel since 2007 and in LibreOffice). Criteria are pairs of a column letter and a criterion
 * expression (a cell reference, a number, TRUE, or a quoted string).
 */
final class Formulas {

	private Formulas() {
	}

	static String sumifs(List<SheetLayout.Area> areas, String sumColumn, String... criteria) {
		List<String> terms = new ArrayList<>();
		for (SheetLayout.Area area : areas) {
			terms.add("SUMIFS(" + area.column(sumColumn) + "," + criteria(area, criteria) + ")");
		}
		return added(terms);
	}

	static String countifs(List<SheetLayout.Area> areas, String... criteria) {
		List<String> terms = new ArrayList<>();
		for (SheetLayout.Area area : areas) {
			terms.add("COUNTIFS(" + criteria(area, criteria) + ")");
		}
		return added(terms);
	}

	static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String criteria(SheetLayout.Area area, String... criteria) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < criteria.length; i += 2) {
			if (i > 0) {
				text.append(',');
			}
			text.append(area.column(criteria[i])).append(',').append(criteria[i + 1]);
		}
		return text.toString();
	}

	private static String added(List<String> terms) {
		if (terms.isEmpty()) {
			return "0";
		}
		return terms.size() == 1 ? terms.get(0) : "(" + String.join("+", terms) + ")";
	}

}
