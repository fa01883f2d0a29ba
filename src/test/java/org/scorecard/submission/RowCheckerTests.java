package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;

class RowCheckerTests {

	@TempDir
	Path dir;

	RowChecker checker;

	@BeforeEach
	void setUp() {
		ReferenceData reference = ReferenceLoader.load(Fixtures.reference(dir.resolve("reference")));
		checker = new RowChecker(reference, Cutoff.CALENDAR);
	}

	private CheckedRow check(String agency, String period, String indicator, String value, String unit,
			String submittedAt) {
		return checker.check(new RawRow(1, 2, null, agency, period, indicator, value, unit, submittedAt, null, "raw", null));
	}

	private RejectCode code(String agency, String period, String indicator, String value, String unit, String at) {
		return check(agency, period, indicator, value, unit, at).code();
	}

	@Test
	void shouldAcceptAGoodRowAndConvertItsUnit() {
		CheckedRow row = check("HN", "2026-10", "EXPORTS", "5000", "USD_K", "2026-11-03T10:00+07:00");
		assertThat(row.accepted()).isTrue();
		assertThat(row.value()).isEqualByComparingTo("5");
		assertThat(row.submittedAt()).isEqualTo(RowChecker.parseInstant("2026-11-03T03:00Z"));
	}

	@Test
	void shouldRejectEachFaultWithItsCode() {
		assertThat(checker.check(RawRow.malformed(1, 2, null, "x", "the row has 3 fields")).code())
			.isEqualTo(RejectCode.MALFORMED_ROW);
		assertThat(code("XX", "2026-10", "EXPORTS", "1", "", "2026-11-03")).isEqualTo(RejectCode.UNKNOWN_AGENCY);
		assertThat(code("hn", "2026-10", "EXPORTS", "1", "", "2026-11-03")).isEqualTo(RejectCode.UNKNOWN_AGENCY);
		assertThat(code("HN", "2026-10", "EXPORT", "1", "", "2026-11-03")).isEqualTo(RejectCode.UNKNOWN_INDICATOR);
		assertThat(code("HN", "2026-10", "BALANCE", "1", "", "2026-11-03")).isEqualTo(RejectCode.DERIVED_INDICATOR);
		assertThat(code("HN", "2026-13", "EXPORTS", "1", "", "2026-11-03")).isEqualTo(RejectCode.BAD_PERIOD);
		assertThat(code("HN", "26-10", "EXPORTS", "1", "", "2026-11-03")).isEqualTo(RejectCode.BAD_PERIOD);
		assertThat(code("HN", "2026-10", "EXPORTS", "1", "", "05/11/2026")).isEqualTo(RejectCode.BAD_DATE);
		assertThat(code("HN", "2026-10", "EXPORTS", "1", "", "")).isEqualTo(RejectCode.BAD_DATE);
		assertThat(code("HN", "2026-10", "EXPORTS", "1", "", "2026-02-30")).isEqualTo(RejectCode.BAD_DATE);
		assertThat(code("HN", "2026-12", "EXPORTS", "1", "", "2026-11-30T23:59")).isEqualTo(RejectCode.FUTURE_PERIOD);
		assertThat(code("HN", "2026-10", "EXPORTS", "1.506,14", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		assertThat(code("HN", "2026-10", "EXPORTS", "1e3", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		assertThat(code("HN", "2026-10", "EXPORTS", "NaN", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		assertThat(code("HN", "2026-10", "EXPORTS", "", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		assertThat(code("DOI", "2026-10", "PROC_TOTAL", "12.5", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		assertThat(code("HN", "2026-10", "EXPORTS", "1", "EUR", "2026-11-03")).isEqualTo(RejectCode.BAD_UNIT);
		assertThat(code("HN", "2026-10", "EXPORTS", "1", "VND_BN", "2026-11-03")).isEqualTo(RejectCode.BAD_UNIT);
		assertThat(code("HN", "2026-10", "EXPORTS", "-1", "", "2026-11-03")).isEqualTo(RejectCode.NEGATIVE_VALUE);
	}

	@Test
	void shouldNameTheFieldInTheMessage() {
		assertThat(check("HN", "2026-10", "EXPORTS", "1,506.14", "", "2026-11-03").message())
			.startsWith("field value:")
			.contains("comma");
	}

	@Nested
	class EdgeCases {

		@Test
		void shouldAcceptWholeCountsWrittenWithZeroDecimals() {
			assertThat(code("DOI", "2026-10", "PROC_TOTAL", "12.0", "", "2026-11-03")).isNull();
		}

		@Test
		void shouldAcceptNegativeRatesAndMinusZero() {
			assertThat(code("VN", "2026-10", "GDP_GROWTH", "-1.5", "", "2026-11-03")).isNull();
			assertThat(check("HN", "2026-10", "EXPORTS", "-0", "", "2026-11-03").value())
				.isEqualByComparingTo(BigDecimal.ZERO);
		}

		@Test
		void shouldReadADateWithoutOffsetInHoChiMinhTime() {
			assertThat(RowChecker.parseInstant("2026-11-03")).isEqualTo(RowChecker.parseInstant("2026-11-02T17:00Z"));
		}

		@Test
		void shouldTakeTheDecree09PeriodStartForFuturePeriods() {
			RowChecker decree = new RowChecker(ReferenceLoader.load(dir.resolve("reference")), Cutoff.DECREE09);
			RawRow row = new RawRow(1, 2, null, "HN", "2026-12", "EXPORTS", "1", "", "2026-11-20", null, "raw", null);
			assertThat(decree.check(row).accepted()).isTrue();
			assertThat(checker.check(row).code()).isEqualTo(RejectCode.FUTURE_PERIOD);
		}

		@Test
		void shouldConvertVndMillionsToBillions() {
			assertThat(check("DOI", "2026-10", "COST", "8500", "VND_M", "2026-11-03").value()).isEqualByComparingTo("8.5");
		}

	}

}
