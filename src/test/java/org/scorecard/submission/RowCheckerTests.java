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
import org.scorecard.spreadsheet.Cell;
import org.scorecard.text.Message;
import org.scorecard.period.Cutoff;

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
		return checker.check(RawRow.csv(1, 2, agency, period, indicator, value, unit, submittedAt, null, "raw"));
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
		assertThat(checker.check(RawRow.malformed(1, 2, 0, null, "x", Message.of("text", "text", "the row has 3 fields"))).code())
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
	class AmbiguousThousandsPoint {

		@Test
		void shouldRefuseOneToThreeDigitsAPointAndThreeDigitsWhereTheIndicatorHasFewerDecimals() {
			for (String value : new String[] { "1.000", "12.500", "1.235", "-1.235", "+999.999" }) {
				assertThat(code("HN", "2026-10", "EXPORTS", value, "", "2026-11-03")).as(value).isEqualTo(RejectCode.BAD_VALUE);
			}
			// COUNT has 0 decimals: 1.000 is whole, and still ambiguous
			assertThat(code("DOI", "2026-10", "PROC_TOTAL", "1.000", "", "2026-11-03")).isEqualTo(RejectCode.BAD_VALUE);
		}

		@Test
		void shouldSayHowToWriteEitherReading() {
			assertThat(check("HN", "2026-10", "EXPORTS", "1.000", "", "2026-11-03").message())
				.isEqualTo("field value: '1.000' is ambiguous, as in Vietnamese usage the point separates thousands: write "
						+ "1000 if the point separates thousands, or 1 if it is the decimal point");
			assertThat(check("HN", "2026-10", "EXPORTS", "1.235", "", "2026-11-03").message())
				.endsWith("write 1235 if the point separates thousands, or 1.2350 if it is the decimal point");
			assertThat(check("HN", "2026-10", "EXPORTS", "12.500", "", "2026-11-03").message())
				.endsWith("write 12500 if the point separates thousands, or 12.5 if it is the decimal point");
		}

		@Test
		void shouldAcceptWhatIsNotAmbiguous() {
			for (String value : new String[] { "0.500", "1000.000", "1.2350", "1.23", "1234.5", "1000" }) {
				assertThat(code("HN", "2026-10", "EXPORTS", value, "", "2026-11-03")).as(value).isNull();
			}
		}

		@Test
		void shouldAcceptThreeDecimalsWhereTheIndicatorHasThree(@TempDir Path other) throws java.io.IOException {
			Path indicators = Fixtures.reference(other).resolve("indicators.csv");
			java.nio.file.Files.writeString(indicators, java.nio.file.Files.readString(indicators)
				.replace("COST,Compliance cost saved,Chi phí,VND_BN,sum,,,up,2", "COST,Compliance cost saved,Chi phí,VND_BN,sum,,,up,3"));
			ReferenceData threeDecimals = ReferenceLoader.load(other);
			assertThat(threeDecimals.indicator("COST").decimals()).isEqualTo(3);
			CheckedRow row = new RowChecker(threeDecimals, Cutoff.CALENDAR)
				.check(RawRow.csv(1, 2, "DOI", "2026-10", "COST", "1.235", "", "2026-11-03", null, "raw"));
			assertThat(row.accepted()).isTrue();
			assertThat(row.value()).isEqualByComparingTo("1.235");
		}

		@Test
		void shouldNotApplyToNumericCells() {
			// a workbook's numeric cell is a number already: 1.235 stored as a number is 1.235
			RawRow cell = new RawRow(1, 7, 1, "Form", "HN", "2026-10", "EXPORTS", "1.235", Cell.Kind.NUMBER, null, null,
					"2026-11-03", null, "raw", null);
			assertThat(checker.check(cell).value()).isEqualByComparingTo("1.235");
		}

	}

	@Nested
	class WorkbookCells {

		private CheckedRow cell(String indicator, String value, Cell.Kind kind) {
			return checker.check(new RawRow(1, 7, 2, "Tháng 10", "HN", "2026-10", indicator, value, kind, null, null,
					"2026-11-03", null, "raw", null));
		}

		@Test
		void shouldTakeAPercentageAsItsFigureForAPercentIndicatorOnly() {
			assertThat(cell("GDP_GROWTH", "24.7", Cell.Kind.PERCENT).value()).isEqualByComparingTo("24.7");
			CheckedRow exports = cell("EXPORTS", "24.7", Cell.Kind.PERCENT);
			assertThat(exports.code()).isEqualTo(RejectCode.BAD_VALUE);
			assertThat(exports.message()).isEqualTo("sheet 'Tháng 10': Value: the cell shows 24.7%, formatted as a "
					+ "percentage, but EXPORTS is in USD_M, not a percentage: type the figure itself in a cell without the % format");
		}

		@Test
		void shouldSayWhatTheCellHoldsWhenItIsNoNumber() {
			assertThat(cell("EXPORTS", "2026-10-05", Cell.Kind.DATE).message()).contains("holds the date 2026-10-05");
			assertThat(cell("EXPORTS", "TRUE", Cell.Kind.BOOLEAN).message()).contains("holds TRUE");
			assertThat(cell("EXPORTS", "#DIV/0!", Cell.Kind.ERROR).message()).contains("the error #DIV/0!");
			assertThat(cell("EXPORTS", "=SUM(D7:D9)", Cell.Kind.UNCOMPUTED).message())
				.contains("the formula '=SUM(D7:D9)' but no computed result")
				.contains("save it again");
		}

	}

	@Nested
	class Messages {

		@Test
		void shouldSayEmptyNeverNull() {
			assertThat(check(null, "2026-10", "EXPORTS", "1", "", "2026-11-03").message()).isEqualTo("field agency is empty");
			assertThat(check("HN", "2026-10", "", "1", "", "2026-11-03").message()).isEqualTo("field indicator is empty");
			assertThat(check("HN", null, "EXPORTS", "1", "", "2026-11-03").message()).startsWith("field period is empty");
			assertThat(check("HN", "2026-10", "EXPORTS", "1", "", null).message()).startsWith("field submitted_at is empty");
			assertThat(check("HN", "2026-10", "EXPORTS", "", "", "2026-11-03").message()).isEqualTo("field value: the value is empty");
		}

		@Test
		void shouldShowInvisibleCharactersEscaped() {
			assertThat(check("H\u00A0N", "2026-10", "EXPORTS", "1", "", "2026-11-03").message())
				.isEqualTo("field agency: 'H\\u00A0N' is not in agencies.csv");
			assertThat(check("HN\u200B", "2026-10", "EXPORTS", "1", "", "2026-11-03").message()).contains("'HN\\u200B'");
		}

		@Test
		void shouldSayHowToWriteANumberTypedWithSeparators() {
			assertThat(check("HN", "2026-10", "EXPORTS", "1.234,50", "", "2026-11-03").message()).endsWith("write 1234.50");
			assertThat(check("HN", "2026-10", "EXPORTS", "1,234.50", "", "2026-11-03").message()).endsWith("write 1234.50");
			assertThat(check("HN", "2026-10", "EXPORTS", "12,5", "", "2026-11-03").message()).endsWith("write 12.5");
			assertThat(check("HN", "2026-10", "EXPORTS", "1,234", "", "2026-11-03").message())
				.endsWith("write 1234 if the comma separates thousands, or 1.234 if it is the decimal point");
			assertThat(check("HN", "2026-10", "EXPORTS", "24.7%", "", "2026-11-03").message())
				.endsWith("write 24.7 without the % sign");
		}

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
			RawRow row = RawRow.csv(1, 2, "HN", "2026-12", "EXPORTS", "1", "", "2026-11-20", null, "raw");
			assertThat(decree.check(row).accepted()).isTrue();
			assertThat(checker.check(row).code()).isEqualTo(RejectCode.FUTURE_PERIOD);
		}

		@Test
		void shouldConvertVndMillionsToBillions() {
			assertThat(check("DOI", "2026-10", "COST", "8500", "VND_M", "2026-11-03").value()).isEqualByComparingTo("8.5");
		}

	}

}
