package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares the figures of a Summary sheet, however read, with the results of summary.json. */
final class SummarySheetCheck {

	static final String[] FIELDS = { "month", "ytd", "ytd_prev", "growth_month", "growth_ytd", "months_reported",
			"measured", "expected", "tolerance" };

	static final int[] COLUMNS = { SummarySheet.MONTH, SummarySheet.YTD, SummarySheet.YTD_PREV,
			SummarySheet.GROWTH_MONTH, SummarySheet.GROWTH_YTD, SummarySheet.MONTHS_REPORTED, SummarySheet.MEASURED,
			SummarySheet.EXPECTED, SummarySheet.TOLERANCE };

	private SummarySheetCheck() {
	}

	/**
	 * Checks one Summary row: {@code figure} gives the number in a column, or null for an empty cell.
	 * Returns the result's status for the caller to compare.
	 */
	static String assertRow(Map<String, JsonNode> results, String agency, String indicator,
			BiFunction<Integer, String, Double> figure) {
		String key = agency + " " + indicator;
		JsonNode result = results.get(key);
		assertThat(result).as(key).isNotNull();
		for (int i = 0; i < FIELDS.length; i++) {
			String where = key + " " + FIELDS[i];
			Double cell = figure.apply(COLUMNS[i], where);
			if (result.get(FIELDS[i]).isNull()) {
				assertThat(cell).as(where + " is empty").isNull();
			}
			else {
				double expected = result.get(FIELDS[i]).decimalValue().doubleValue();
				assertThat(cell).as(where).isNotNull();
				assertThat(cell).as(where).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
			}
		}
		return result.get("status").asText();
	}

}
