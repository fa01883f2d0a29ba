package org.scorecard.workbook;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.reference.Agency;

/** "Completeness": each expected reporter's status, in tree order. */
final class CompletenessSheet {

	private CompletenessSheet() {
	}

	static void write(WorkbookRun book) {
		List<ReportingStatus> statuses = book.context().statuses();
		Styles styles = book.styles();
		Words words = book.words();
		PagedSheet sheet = book.list(words.sheet("completeness"), statuses.size(), words.headers("completeness", 5),
				new int[] { 14, 36, 36, 14, 30 });
		statuses.stream().sorted(Comparator.comparingInt(s -> book.tree().position(s.agency()))).forEach(status -> {
			Agency agency = book.reference().agencies().get(status.agency());
			Row row = sheet.next();
			Cells.text(row, 0, status.agency(), styles.normal);
			Cells.text(row, 1, agency.name(), styles.normal);
			Cells.text(row, 2, agency.nameVi(), styles.normal);
			Cells.text(row, 3, words.status(status.status()), styles.status(status.status()));
			Cells.text(row, 4, status.firstSubmittedAt() == null ? null
					: status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toOffsetDateTime().toString(), styles.normal);
		});
		sheet.finish();
	}

}
