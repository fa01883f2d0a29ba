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
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
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

	private final Messages messages;

	private final Messages second;

	public RowChecker(ReferenceData reference, Cutoff cutoff) {
		this(reference, cutoff, Messages.english());
	}

	/** Messages in the language of {@code messages} (the run's, or validate's --lang). */
	public RowChecker(ReferenceData reference, Cutoff cutoff, Messages messages) {
		this(reference, cutoff, messages, null);
	}

	/** Messages in the run's language and, unless {@code second} is null, in its second language too. */
	public RowChecker(ReferenceData reference, Cutoff cutoff, Messages messages, Messages second) {
		this.reference = reference;
		this.cutoff = cutoff;
		this.messages = messages;
		this.second = second;
	}

	public CheckedRow check(RawRow row) {
		if (row.malformed() != null) {
			return rejected(row, RejectCode.MALFORMED_ROW, row.malformed(), null);
		}
		if (!reference.hasAgency(row.agency())) {
			return reject(row, RejectCode.UNKNOWN_AGENCY, notIn(row, "agency", row.agency()));
		}
		Indicator indicator = reference.indicator(row.indicator());
		if (indicator == null) {
			return reject(row, RejectCode.UNKNOWN_INDICATOR, notIn(row, "indicator", row.indicator()));
		}
		if (indicator.aggregation().isDerived()) {
			return reject(row, RejectCode.DERIVED_INDICATOR, Message.of("row.derived", "field", field(row, "indicator"),
					"code", indicator.code(), "numerator", indicator.numerator(), "denominator", indicator.denominator()));
		}
		Optional<YearMonth> period = Periods.parse(row.period());
		if (period.isEmpty()) {
			Message bad = is(row, "period", row.period(), "row.period");
			if (row.period() != null && DATE.matcher(row.period()).matches()) {
				bad = Message.of("row.period.with_day", "message", bad, "day", Message.of(
						row.sheet() == null ? "row.period.day.csv" : "row.period.day.form", "month", row.period().substring(0, 7)));
			}
			return reject(row, RejectCode.BAD_PERIOD, bad);
		}
		Instant submittedAt = parseInstant(row.submittedAt());
		if (submittedAt == null) {
			return reject(row, RejectCode.BAD_DATE, is(row, "submitted_at", row.submittedAt(), "row.date"));
		}
		LocalDate periodStart = cutoff.start(period.get());
		LocalDate submittedOn = LocalDate.ofInstant(submittedAt, ReportingPeriod.ZONE);
		if (periodStart.isAfter(submittedOn)) {
			return rejected(row, RejectCode.FUTURE_PERIOD, Message.of("row.future", "field", field(row, "period"), "value",
					row.period(), "start", periodStart, "submitted", submittedOn), submittedAt);
		}
		Message valueProblem = ValueCheck.problem(row, indicator);
		if (valueProblem != null) {
			return rejected(row, RejectCode.BAD_VALUE,
					Message.of("row.value", "field", field(row, "value"), "problem", valueProblem), submittedAt);
		}
		BigDecimal value = new BigDecimal(row.value());
		Unit given = row.unit() == null || row.unit().isEmpty() ? indicator.unit()
				: Unit.ofCode(row.unit()).orElse(null);
		Optional<BigDecimal> converted = given == null ? Optional.empty() : given.convert(value, indicator.unit());
		if (converted.isEmpty()) {
			return rejected(row, RejectCode.BAD_UNIT, Message.of("row.unit", "field", field(row, "unit"), "value",
					quoted(row.unit()), "unit", indicator.unit(), "code", indicator.code()), submittedAt);
		}
		if (converted.get().signum() < 0 && indicator.unit().forbidsNegative()) {
			return rejected(row, RejectCode.NEGATIVE_VALUE, Message.of("row.negative", "field", field(row, "value"),
					"value", row.value(), "unit", indicator.unit()), submittedAt);
		}
		BigDecimal stored = converted.get();
		if (stored.scale() > STORED_SCALE) {
			stored = stored.setScale(STORED_SCALE, RoundingMode.HALF_EVEN);
		}
		return CheckedRow.accepted(row, stored, submittedAt);
	}

	private CheckedRow reject(RawRow row, RejectCode code, Message message) {
		return rejected(row, code, message, null);
	}

	/** The message of a workbook's row begins with its sheet, as two sheets may share a row number. */
	private CheckedRow rejected(RawRow row, RejectCode code, Message message, Instant submittedAt) {
		return CheckedRow.rejected(row, code, render(messages, row, message),
				second == null ? null : render(second, row, message), submittedAt);
	}

	private static String render(Messages messages, RawRow row, Message message) {
		String text = messages.render(message);
		return row.sheet() == null ? text : messages.format("where.sheet", "sheet", row.sheet(), "message", text);
	}

	/** The field as the sender knows it: a CSV column ("field agency"), or a form's label or column ("Agency"). */
	private static Message field(RawRow row, String name) {
		return Message.of(row.sheet() == null ? "field.csv." + name : "field.form." + name);
	}

	/** {@code KEY.empty} for an empty field, else {@code KEY.bad} with the value quoted. */
	private static Message is(RawRow row, String name, String value, String key) {
		return Message.of(value == null || value.isEmpty() ? key + ".empty" : key + ".bad", "field", field(row, name),
				"value", quoted(value));
	}

	private static Message notIn(RawRow row, String name, String value) {
		return is(row, name, value, "row." + name);
	}

	/** What the sender typed, between quotes and as typed (invisible characters shown). */
	private static String quoted(String value) {
		return Quoted.value(value);
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
