package org.scorecard.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.scorecard.period.EditionKind;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The texts of one language, read through Spring's {@link MessageSource} from
 * {@code templates/BASENAME_LANG.properties} (UTF-8): a key the folder's file lacks comes from the
 * copy built into the jar, so a secretariat may override a few lines only. {@code {name}}
 * placeholders are replaced by values; a key missing from both is an error naming the file and key.
 */
public final class Texts {

	private final MessageSource texts;

	private final String source;

	private final Language lang;

	private final DateTimeFormatter dates;

	private final char decimal;

	private final String grouping;

	private Texts(MessageSource texts, String source, Language lang) {
		this.texts = texts;
		this.source = source;
		this.lang = lang;
		this.dates = DateTimeFormatter.ofPattern(get("format.date"), lang.locale());
		this.decimal = get("format.decimal").charAt(0);
		this.grouping = get("format.grouping");
	}

	public static Texts load(Path templatesDir, Language lang) {
		return load(templatesDir, "report", lang);
	}

	/**
	 * The texts of {@code templates/BASENAME_LANG.properties} over the report texts of the language, so
	 * that other texts (the mail's) are formatted with the same numbers, dates and month names.
	 */
	public static Texts load(Path templatesDir, String baseName, Language lang) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		String folder = "file:" + templatesDir.toAbsolutePath().normalize() + "/";
		if (!baseName.equals("report")) {
			messages.addBasenames(folder + baseName, "classpath:templates/" + baseName);
		}
		messages.addBasenames(folder + "report", "classpath:templates/report");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// vi must never quietly become the machine's language, nor a missing key its own name
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(false);
		String name = baseName + "_" + lang.code() + ".properties";
		return new Texts(messages, templatesDir.resolve(name) + " (or the copy built in)", lang);
	}

	public Language lang() {
		return lang;
	}

	/** The text of a key, as written. */
	public String get(String key) {
		try {
			// no arguments: the text as written, without MessageFormat's quoting rules
			return texts.getMessage(key, null, lang.locale()).strip();
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalStateException(source + " has no text for '" + key + "'; add a line '" + key + " = ...'.",
					ex);
		}
	}

	/** The text of a key with its {name} placeholders replaced; {@code values} alternate names and values. */
	public String format(String key, Object... values) {
		String text = get(key);
		for (int i = 0; i < values.length; i += 2) {
			text = text.replace("{" + values[i] + "}", String.valueOf(values[i + 1]));
		}
		return text;
	}

	public String format(String key, Map<String, ?> values) {
		String text = get(key);
		for (Map.Entry<String, ?> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
		}
		return text;
	}

	/** A number rounded half-up to {@code decimals}, with this language's grouping and decimal marks. */
	public String number(BigDecimal value, int decimals) {
		if (value == null) {
			return "";
		}
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
		String plain = rounded.abs().toPlainString();
		int point = plain.indexOf('.');
		String whole = point < 0 ? plain : plain.substring(0, point);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				grouped.append(grouping);
			}
			grouped.append(whole.charAt(i));
		}
		if (point >= 0) {
			grouped.append(decimal).append(plain.substring(point + 1));
		}
		return (rounded.signum() < 0 ? "-" : "") + grouped;
	}

	/** A percentage (already x 100) with one decimal: "5.2 %". */
	public String percent(BigDecimal value) {
		return value == null ? "" : format("format.percent", "value", number(value, 1));
	}

	/** A fraction (0.971) as a percentage with one decimal: "97.1 %". */
	public String fraction(BigDecimal value) {
		return value == null ? "" : percent(value.movePointRight(2));
	}

	/** The same marks as a NumberFormat, for chart axes. */
	public java.text.NumberFormat numberFormat() {
		java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(Locale.ROOT);
		symbols.setDecimalSeparator(decimal);
		symbols.setGroupingSeparator(grouping.isEmpty() ? ' ' : grouping.charAt(0));
		return new java.text.DecimalFormat("#,##0.##", symbols);
	}

	public String date(LocalDate date) {
		return date == null ? "" : dates.format(date);
	}

	public String period(YearMonth period) {
		return format("period.name", "month_name", get("month." + period.getMonthValue()), "month",
				period.getMonthValue(), "year", period.getYear());
	}

	/**
	 * The edition's title: the month's period text, or for a month that closes a quarter the quarter's
	 * and, at 6, 9 and 12, the half year's, nine months' or year's ("Quarter II and six months of 2026").
	 */
	public String editionTitle(YearMonth period) {
		int quarter = EditionKind.quarter(period);
		return quarter == 0 ? period(period) : format("edition.quarter." + quarter, "year", period.getYear());
	}

	/** The report's title: monthly, quarterly, or (December) annual. */
	public String reportTitle(YearMonth period) {
		int quarter = EditionKind.quarter(period);
		return get(quarter == 0 ? "report.title" : quarter == 4 ? "report.title.year" : "report.title.quarter");
	}

	public String status(String code) {
		return get("status." + code);
	}

}
