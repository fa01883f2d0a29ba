package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.period.Cutoff;

/** One tiny file per fault in src/test/resources/faults, each named for what is wrong with it. */
class FaultFixturesTests {

	@TempDir
	static Path dir;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed-row-missing-field.csv             | 2     | MALFORMED_ROW
			malformed-row-unterminated-quote.csv        | 2     | MALFORMED_ROW
			malformed-row-header-lacks-value.csv        | 2     | MALFORMED_ROW
			unknown-agency.csv                          | 2     | UNKNOWN_AGENCY
			unknown-indicator.csv                       | 2     | UNKNOWN_INDICATOR
			derived-indicator.csv                       | 2     | DERIVED_INDICATOR
			bad-period-month-13.csv                     | 2     | BAD_PERIOD
			bad-date-day-first.csv                      | 2     | BAD_DATE
			future-period.csv                           | 2     | FUTURE_PERIOD
			bad-value-decimal-comma.csv                 | 2     | BAD_VALUE
			bad-value-fractional-count.csv              | 2     | BAD_VALUE
			bad-unit-euro.csv                           | 2     | BAD_UNIT
			negative-value.csv                          | 2     | NEGATIVE_VALUE
			duplicate-same-instant-same-value.csv       | 3     | DUPLICATE
			conflict-same-instant-different-values.csv  | 2,3,4 | CONFLICT,CONFLICT,CONFLICT
			unreadable-file-latin1.csv                  | 0     | UNREADABLE_FILE
			""")
	void shouldRejectTheFaultWithItsCodeAndLine(String fixture, String lines, String codes) {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path file = Path.of("src/test/resources/faults", fixture);
		List<Validation.Problem> problems = new Validation(ReferenceLoader.load(reference), Cutoff.CALENDAR)
			.validate(List.of(file));
		assertThat(problems).extracting(p -> String.valueOf(p.line())).containsExactly(lines.split(","));
		assertThat(problems).extracting(p -> p.code().name()).containsExactly(codes.split(","));
		assertThat(problems).allSatisfy(p -> assertThat(p.toString()).startsWith(file.toString()));
	}

}
