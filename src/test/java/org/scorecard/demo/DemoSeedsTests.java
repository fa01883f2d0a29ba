package org.scorecard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo data is reproducible: generating it afresh (with its own check of the published figures
 * and planted faults) gives {@code seeds/} byte for byte. The generator is test code: it does not
 * ship in the product; {@code seeds/regenerate.sh} runs it.
 */
class DemoSeedsTests {

	@TempDir
	Path dir;

	@Test
	void shouldRegenerateTheDemoDataByteForByte() throws Exception {
		DemoSeeds.generate(dir);
		List<String> differences = new ArrayList<>();
		Path seeds = Path.of("seeds");
		try (Stream<Path> files = Files.walk(seeds)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = seeds.relativize(file).toString();
				if (name.equals("regenerate.sh")) {
					continue;
				}
				Path fresh = dir.resolve(name);
				if (!Files.exists(fresh) || Files.mismatch(file, fresh) != -1) {
					differences.add(name);
				}
			}
		}
		try (Stream<Path> files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).as("files generated")
				.isEqualTo(Files.walk(seeds).filter(Files::isRegularFile).count() - 1);
		}
		assertThat(differences).as("seeds/ files that generating afresh does not give").isEmpty();
	}

}
