package org.scorecard.generate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * What was generated. {@code rows} counts every data row of every submission file (CSV lines after the
 * header, XLSX form rows with a value), {@code faulty} the rows planted to be rejected, by reject code.
 */
public record GenerateResult(Path out, int agencies, int reportingAgencies, int indicators, int derivedIndicators,
		int months, YearMonth firstPeriod, YearMonth endPeriod, long csvFiles, long xlsxFiles, long rows, long faulty,
		Map<String, Long> faultsByCode, int targets, int tasks, double seconds) {

	public long files() {
		return csvFiles + xlsxFiles;
	}

}
