package org.scorecard.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.Unit;
import org.scorecard.text.Quoted;
import org.scorecard.period.Cutoff;
import org.scorecard.period.Periods;
import org.scorecard.period.ReportingPeriod;

/**
 * The row checks of rules.md section 1, in their order: the first that fails names the code. Ties
 * between rows (DUPLICATE, CONFLICT) are settled later, across all files.
 */
public final class RowChecker {

	/** Stored values keep at most this many decimals (far beyond any reported figure). */
	public static final int STORED_SCALE = 30;

	private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?(Z|[+-]\\d{2}:\\d{2})?");

	private final ReferenceData reference;

	private final Cutoff cutoff;

	public RowChecker(ReferenceData reference, Cutoff cutoff) {
		this.reference = reference;
		this.cutoff = cutoff;
	}

	public CheckedRow check(RawRow row) {
		if (row.malformed() != null) {
			return CheckedRow.rejected(row, RejectCode.MALFORMED_ROW, row.malformed(), null);
		}
		if (!reference.hasAgency(row.agency())) {
			return reject(row, RejectCode.UNKNOWN_AGENCY, field(row, "agency", "Agency") + notIn(row.agency(), "agencies.csv"));
		}
		Indicator indicator = reference.indicator(row.indicator());
		if (indicator == null) {
			return reject(row, RejectCode.UNKNOWN_INDICATOR,
					field(row, "indicator", "Indicator") + notIn(row.indicator(), "indicators.csv"));
		}
		if (indicator.aggregation().isDerived()) {
			return reject(row, RejectCode.DERIVED_INDICATOR, field(row, "indicator", "Indicator") + ": " + indicator.code()
					+ " is computed from " + indicator.numerator() + " and " + indicator.denominator()
					+ " and cannot be submitted");
		}
		Optional<YearMonth> period = Periods.parse(row.period());
		if (period.isEmpty()) {
			String day = row.period() != null && DATE.matcher(row.period()).matches()
					? " (it is a day: write the month " + row.period().substring(0, 7)
							+ (row.sheet() == null ? "" : " as text, in a cell formatted as text") + ")"
					: "";
			return reject(row, RejectCode.BAD_PERIOD, field(row, "period", "Period") + is(row.period())
					+ " a month written YYYY-MM with a month from 01 to 12" + day);
		}
		Instant submittedAt = parseInstant(row.submittedAt());
		if (submittedAt == null) {
			return reject(row, RejectCode.BAD_DATE, field(row, "submitted_at", "Submitted at") + is(row.submittedAt())
					+ " a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM[:SS] with an optional offset");
		}
		LocalDate periodStart = cutoff.start(period.get());
		LocalDate submittedOn = LocalDate.ofInstant(submittedAt, ReportingPeriod.ZONE);
		if (periodStart.isAfter(submittedOn)) {
			return CheckedRow.rejected(row, RejectCode.FUTURE_PERIOD, field(row, "period", "Period") + ": " + row.period()
					+ " begins on " + periodStart + ", after the row was submitted on " + submittedOn, submittedAt);
		}
		String valueProblem = ValueCheck.problem(row, indicator);
		if (valueProblem != null) {
			return CheckedRow.rejected(row, RejectCode.BAD_VALUE, field(row, "value", "Value") + ": " + valueProblem,
					submittedAt);
		}
		BigDecimal value = new BigDecimal(row.value());
		Unit given = row.unit() == null || row.unit().isEmpty() ? indicator.unit()
				: Unit.ofCode(row.unit()).orElse(null);
		Optional<BigDecimal> converted = given == null ? Optional.empty() : given.convert(value, indicator.unit());
		if (converted.isEmpty()) {
			return CheckedRow.rejected(row, RejectCode.BAD_UNIT, field(row, "unit", "Unit") + ": " + Quoted.value(row.unit())
					+ " is not " + indicator.unit() + " (the unit of " + indicator.code() + ") nor convertible to it",
					submittedAt);
		}
		if (converted.get().signum() < 0 && indicator.unit().forbidsNegative()) {
			return CheckedRow.rejected(row, RejectCode.NEGATIVE_VALUE, field(row, "value", "Value") + ": " + row.value()
					+ " is below zero, which " + indicator.unit() + " figures cannot be", submittedAt);
		}
		BigDecimal stored = converted.get();
		if (stored.scale() > STORED_SCALE) {
			stored = stored.setScale(STORED_SCALE, RoundingMode.HALF_EVEN);
		}
		return CheckedRow.accepted(row, stored, submittedAt);
	}

	private static CheckedRow reject(RawRow row, RejectCode code, String message) {
		return CheckedRow.rejected(row, code, message, null);
	}

	/** The field as the sender knows it: a CSV column, or a form's label or column. */
	private static String field(RawRow row, String csvColumn, String formLabel) {
		return row.sheet() == null ? "field " + csvColumn : formLabel;
	}

	/** {@code ": '26-10' is not"}, or {@code " is empty: write"} for an empty field. */
	private static String is(String value) {
		return value == null || value.isEmpty() ? " is empty: write" : ": " + Quoted.value(value) + " is not";
	}

	private static String notIn(String value, String file) {
		return value == null || value.isEmpty() ? " is empty" : ": " + Quoted.value(value) + " is not in " + file;
	}

	/**
	 * Parses rules.md's submitted_at forms, to the microsecond; null when the text is none of them or not
	 * a real date.
	 */
	public static Instant parseInstant(String text) {
		if (text == null) {
			return null;
		}
		try {
			Matcher date = DATE.matcher(text);
			if (date.matches()) {
				return LocalDate.of(num(date, 1), num(date, 2), num(date, 3)).atStartOfDay(ReportingPeriod.ZONE).toInstant();
			}
			Matcher dt = DATE_TIME.matcher(text);
			if (!dt.matches()) {
				return null;
			}
			int nanos = 0;
			if (dt.group(7) != null) {
				// kept to the microsecond, PostgreSQL's precision, so that every database compares the same
				// instants (finer digits are dropped: 10:00:00.0000001 is 10:00:00)
				String fraction = (dt.group(7) + "000000").substring(0, 6);
				nanos = Integer.parseInt(fraction) * 1000;
			}
			LocalDateTime local = LocalDateTime.of(LocalDate.of(num(dt, 1), num(dt, 2), num(dt, 3)),
					LocalTime.of(num(dt, 4), num(dt, 5), dt.group(6) == null ? 0 : num(dt, 6), nanos));
			String offset = dt.group(8);
			return offset == null ? local.atZone(ReportingPeriod.ZONE).toInstant() : local.toInstant(ZoneOffset.of(offset));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int num(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

}
