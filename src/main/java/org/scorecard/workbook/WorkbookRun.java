package org.scorecard.workbook;

import java.time.Instant;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.ReferenceData;
import org.scorecard.run.Run;
import org.scorecard.run.RunContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One workbook being written: the run it is for, the open workbook and its styles, and what every
 * sheet shares (the reference data, the agency tree, each indicator's decimals, when it was made, the
 * words of the run's language).
 */
record WorkbookRun(RunContext context, Run run, SXSSFWorkbook workbook, Styles styles, JdbcTemplate jdbc,
		AgencyTree tree, Map<String, Integer> decimals, Instant generatedAt, String version, Words words) {

	long runId() {
		return run.id();
	}

	ReferenceData reference() {
		return context.reference();
	}

	/** A sheet that lists {@code rows} rows under one header row, on one sheet (Excel's limit). */
	PagedSheet list(String name, long rows, String[] headers, int[] widths) {
		return new PagedSheet(workbook, new SheetLayout(name, 0, WorkbookWriter.EXCEL_ROWS, rows), styles, headers, widths);
	}

}
