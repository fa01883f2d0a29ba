package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Vietnamese texts keep to templates/glossary.md: at risk is always "có nguy cơ không đạt" and
 * late always "chậm", so a table and a sentence never name one status two ways.
 */
class GlossaryTests {

	@TestFactory
	Stream<DynamicTest> shouldUseTheGlossarysWords() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("templates"))) {
			return files.filter(file -> file.getFileName().toString().matches("(report|mail)_vi\\.properties"))
				.sorted()
				.toList()
				.stream()
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					assertThat(text).doesNotContainPattern("có nguy cơ(?! không đạt)").doesNotContain("muộn");
				}));
		}
	}

}
