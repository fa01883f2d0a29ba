package org.scorecard.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.changes.Changes;
import org.scorecard.changes.EditionChanges;

/**
 * "Changes": what changed since the previous edition of the period, one row per changed figure and one
 * for a changed status, with the changed files behind the result; written only when there is a previous
 * edition. Figures are the unrounded values, shown in the indicator's decimals (growths in two).
 */
final class ChangesSheet {

	/** The sheet's English name; a run names it in its language ({@code sheet.changes}). */
	static final String NAME = "Changes";

	private ChangesSheet() {
	}

	static void write(WorkbookRun book) {
		EditionChanges changes = new Changes(book.jdbc()).since(book.run(), book.reference());
		if (!changes.hasPrevious()) {
			return;
		}
		Styles styles = book.styles();
		long rows = changes.results()
			.stream()
			.mapToLong(c -> c.figures().size() + (c.statusChanged() ? 1 : 0))
			.sum();
		Words words = book.words();
		PagedSheet sheet = book.list(words.sheet("changes"), rows,
				words.headers("changes", 6, "before", changes.previousEdition(), "after", book.run().edition()),
				new int[] { 12, 24, 22, 18, 18, 80 });
		for (EditionChanges.Change change : changes.results()) {
			String files = String.join("; ", change.files());
			int decimals = book.decimals().getOrDefault(change.indicator(), 2);
			for (EditionChanges.Figure figure : change.figures()) {
				Row row = start(sheet, change, figure.name().isEmpty() ? "" : words.get("changes.figure." + figure.name()),
						files, styles);
				int places = figure.isGrowth() ? 2 : decimals;
				Cells.number(row, 3, figure.before(), styles.number(places));
				Cells.number(row, 4, figure.after(), styles.number(places));
			}
			if (change.statusChanged()) {
				Row row = start(sheet, change, words.get("changes.status"), files, styles);
				Cells.text(row, 3, words.status(change.statusBefore()), styles.status(String.valueOf(change.statusBefore())));
				Cells.text(row, 4, words.status(change.statusAfter()), styles.status(String.valueOf(change.statusAfter())));
			}
		}
		sheet.finish();
	}

	private static Row start(PagedSheet sheet, EditionChanges.Change change, String figure, String files,
			Styles styles) {
		Row row = sheet.next();
		Cells.text(row, 0, change.agency(), styles.normal);
		Cells.text(row, 1, change.indicator(), styles.normal);
		Cells.text(row, 2, figure, styles.normal);
		Cells.text(row, 5, files, styles.text);
		return row;
	}

}
