package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code templates/*_en.properties} and its {@code _vi} twin hold the same keys, and no
 * Vietnamese text is the English one left untranslated (like petclinic's I18nPropertiesSyncTest).
 * The pairs are found by globbing, so a new file pair (workbook_, messages_) is checked at once.
 */
class TemplatesSyncTests {

	private static final Path TEMPLATES = Path.of("templates");

	/** Keys whose text is the same in both languages on purpose: a name, a code, a pattern. */
	private static final Set<String> SAME_ON_PURPOSE = Set.of();

	@TestFactory
	Stream<DynamicTest> shouldHoldTheSameKeysInBothLanguages() throws IOException {
		return pairs().map((en) -> DynamicTest.dynamicTest(en.getFileName().toString(), () -> {
			Properties english = read(en);
			Properties vietnamese = read(twin(en));
			assertThat(vietnamese.stringPropertyNames()).as("keys of %s against %s", twin(en), en)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		}));
	}

	@TestFactory
	Stream<DynamicTest> shouldTranslateEveryText() throws IOException {
		return pairs().map((en) -> DynamicTest.dynamicTest(en.getFileName().toString(), () -> {
			Properties english = read(en);
			Properties vietnamese = read(twin(en));
			Set<String> untranslated = new TreeSet<>();
			for (String key : english.stringPropertyNames()) {
				String text = english.getProperty(key).strip();
				if (text.equals(vietnamese.getProperty(key, "").strip()) && hasWords(text)
						&& !SAME_ON_PURPOSE.contains(key)) {
					untranslated.add(key);
				}
			}
			assertThat(untranslated).as("texts of %s still in English", twin(en)).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> shouldFindEveryPair() throws IOException {
		return pairs().map((en) -> DynamicTest.dynamicTest(en.getFileName().toString(),
				() -> assertThat(twin(en)).as("the Vietnamese twin of %s", en).isRegularFile()));
	}

	/** Whether a text has letters once its {placeholders} are gone: "%", "\u2020" and "{value} %" have none. */
	static boolean hasWords(String text) {
		return text.replaceAll("\\{[^}]*\\}", "").codePoints().anyMatch(Character::isLetter);
	}

	private static Stream<Path> pairs() throws IOException {
		try (Stream<Path> files = Files.list(TEMPLATES)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("_en.properties"))
				.sorted()
				.toList()
				.stream();
		}
	}

	private static Path twin(Path en) {
		String name = en.getFileName().toString();
		return en.resolveSibling(name.substring(0, name.length() - "_en.properties".length()) + "_vi.properties");
	}

	private static Properties read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
