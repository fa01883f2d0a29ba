package org.scorecard.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.Target;

/** "Targets": every target of the reference data, in the indicator's decimals. */
final class TargetsSheet {

	private TargetsSheet() {
	}

	static void write(WorkbookRun book) {
		Styles styles = book.styles();
		Words words = book.words();
		PagedSheet sheet = book.list(words.sheet("targets"), book.reference().targets().size(),
				words.headers("targets", 8), new int[] { 24, 12, 7, 20, 9, 14, 14, 14 });
		for (Target target : book.reference().targets()) {
			Row row = sheet.next();
			Indicator indicator = book.reference().indicator(target.indicator());
			var style = styles.number(target.measure().isGrowth() ? 2 : indicator.decimals());
			Cells.text(row, 0, target.indicator(), styles.normal);
			Cells.text(row, 1, target.agency(), styles.normal);
			Cells.number(row, 2, target.year(), styles.plain);
			Cells.text(row, 3, words.get("measure." + target.measure().code()), styles.normal);
			Cells.text(row, 4, target.operator().symbol(), styles.normal);
			Cells.number(row, 5, target.value(), style);
			Cells.number(row, 6, target.valueMax(), style);
			Cells.number(row, 7, target.tolerance(), style);
		}
		sheet.finish();
	}

}
