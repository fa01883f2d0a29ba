package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * templates/messages_en.properties and messages_vi.properties: the same keys with the same placeholders,
 * and every Vietnamese text translated, except the few that hold nothing but placeholders.
 */
class MessageTemplatesTests {

	/** Texts made only of placeholders and marks, the same in every language. */
	static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("text", "io.other", "row.value", "row.period.with_day",
			"reference.at.line", "reference.at.file");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

	@Test
	void shouldHaveTheSameKeysAndPlaceholdersInBothLanguages() throws IOException {
		Properties en = read("en");
		Properties vi = read("vi");
		assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
		for (String key : en.stringPropertyNames()) {
			assertThat(placeholders(vi.getProperty(key))).as("placeholders of " + key)
				.isEqualTo(placeholders(en.getProperty(key)));
		}
	}

	@Test
	void shouldTranslateEveryTextButPlaceholdersOnly() throws IOException {
		Properties en = read("en");
		Properties vi = read("vi");
		Set<String> same = new TreeSet<>();
		for (String key : en.stringPropertyNames()) {
			if (en.getProperty(key).strip().equals(vi.getProperty(key).strip())) {
				same.add(key);
			}
		}
		assertThat(same).isEqualTo(new TreeSet<>(SAME_IN_EVERY_LANGUAGE));
	}

	@Test
	void shouldWriteDatesAndNumbersAsTheLanguageDoesButTypedValuesAsTyped() {
		Messages vi = Messages.load(Path.of("templates"), Language.VI);
		Messages en = Messages.load(Path.of("templates"), Language.EN);
		Message future = Message.of("row.future", "field", Message.of("field.csv.period"), "value", "2026-12",
				"start", LocalDate.of(2026, 12, 1), "submitted", LocalDate.of(2026, 11, 14));
		assertThat(vi.render(future)).contains("01/12/2026", "14/11/2026", "kỳ 2026-12", "cột 'period'");
		assertThat(en.render(future)).contains("2026-12-01", "2026-11-14", "field period");
		assertThat(vi.format("validate.problems", "count", new BigDecimal("1506"))).contains("1.506");
		assertThat(vi.format("quality.outlier", "value", new BigDecimal("1506.14"), "months", 12, "median",
				new BigDecimal("980.50"), "mad", new BigDecimal("12.5"))).contains("1.506,14", "980,5", "12,5", "12 tháng");
		assertThat(en.format("quality.outlier", "value", new BigDecimal("1506.14"), "months", 12, "median",
				new BigDecimal("980.50"), "mad", new BigDecimal("12.5"))).contains("1506.14", "980.5", "12.5");
		assertThat(vi.format("value.ambiguous", "value", "'1.000'", "thousands", "1000", "decimal", "1"))
			.contains("'1.000'", "ghi 1000 nếu dấu chấm phân cách hàng nghìn, hoặc 1 nếu là dấu thập phân");
	}

	private static Set<String> placeholders(String text) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static Properties read(String lang) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("templates", "messages_" + lang + ".properties"),
				StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

}
