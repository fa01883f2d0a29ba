package org.scorecard.workbook;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.text.Texts;

/**
 * "Data quality": every finding (rule, roll-up, outlier) with the values compared. Roll-up and outlier
 * messages are worded in the run's language as the report words them; a rule's message is the one
 * written in rules.csv.
 */
final class QualitySheet {

	private QualitySheet() {
	}

	static void write(WorkbookRun book) {
		Styles styles = book.styles();
		Words words = book.words();
		long count = book.jdbc().queryForObject("SELECT COUNT(*) FROM quality_finding WHERE run_id = ?", Long.class,
				book.runId());
		PagedSheet sheet = book.list(words.sheet("quality"), count, words.headers("quality", 8),
				new int[] { 12, 12, 9, 24, 30, 80, 14, 14 });
		book.jdbc().query("SELECT kind, agency, period, indicator, rule, " + book.context().stored("message")
				+ ", value_left, value_right "
				+ "FROM quality_finding WHERE run_id = ? ORDER BY position", rs -> {
					Row row = sheet.next();
					String kind = rs.getString(1);
					BigDecimal left = rs.getBigDecimal(7);
					BigDecimal right = rs.getBigDecimal(8);
					Cells.text(row, 0, words.word("quality.kind", kind), styles.text);
					for (int column = 1; column < 5; column++) {
						Cells.text(row, column, rs.getString(column + 1), styles.text);
					}
					int decimals = book.decimals().getOrDefault(rs.getString(4), 2);
					Cells.text(row, 5, message(words.texts(), kind, ruleMessage(book, rs.getString(5), rs.getString(6)), left, right,
							decimals), styles.text);
					Cells.number(row, 6, left, styles.number(2));
					Cells.number(row, 7, right, styles.number(2));
				}, book.runId());
		sheet.finish();
	}

	/** A rule's message in the run's language (message_vi in Vietnamese), as the report gives it. */
	private static String ruleMessage(WorkbookRun book, String rule, String stored) {
		return rule == null ? stored : book.reference()
			.rules()
			.stream()
			.filter(r -> r.label().equals(rule))
			.findFirst()
			.map(r -> r.message(book.words().texts().lang()))
			.orElse(stored);
	}

	/** The message of a finding, as the report's quality section words it. */
	private static String message(Texts texts, String kind, String stored, BigDecimal left, BigDecimal right,
			int decimals) {
		if (left == null || right == null) {
			return stored;
		}
		return switch (kind) {
			case "rollup" -> texts.format("quality.message.rollup", "own", texts.number(left, decimals), "children",
					texts.number(right, decimals), "difference", left.signum() == 0 ? "> 100"
							: texts.number(left.subtract(right).abs().multiply(BigDecimal.valueOf(100))
								.divide(left.abs(), MathContext.DECIMAL64), 1));
			case "outlier" -> texts.format("quality.message.outlier", "value", texts.number(left, decimals), "median",
					texts.number(right, decimals));
			default -> stored;
		};
	}

}
