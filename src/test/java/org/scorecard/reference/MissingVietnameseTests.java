package org.scorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scorecard.text.Language;

/** The Vietnamese edition says which reference texts it had to print in English. */
class MissingVietnameseTests {

	private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	@Test
	void shouldListEveryTextWithoutItsVietnamese() {
		ReferenceData data = new ReferenceData(Map.of(), Map.of(), List.of(),
				List.of(new Task("T-01", "Review", "Conclusion", "MOIT", DUE, null, "Rà soát", "Kết luận"),
						new Task("T-03", "Diversify markets", "", "MOIT", DUE, null, "", "")),
				List.of(new Rule("A", "<=", "B", "Check both", "")));
		assertThat(MissingVietnamese.of(data)).containsExactly("tasks.csv T-03 title", "rules.csv A<=B message");
		assertThat(MissingVietnamese.sentence(data)).startsWith("Missing Vietnamese")
			.contains("tasks.csv T-03 title, rules.csv A<=B message");
	}

	@Test
	void shouldFallBackToEnglishWhereVietnameseIsMissing() {
		Task task = new Task("T-03", "Diversify markets", "Conclusion", "MOIT", DUE, null, " ", "Kết luận");
		assertThat(task.title(Language.VI)).isEqualTo("Diversify markets");
		assertThat(task.source(Language.VI)).isEqualTo("Kết luận");
		assertThat(task.source(Language.EN)).isEqualTo("Conclusion");
	}

	@Test
	void shouldFindNothingMissingInTheDemoData() {
		assertThat(MissingVietnamese.of(ReferenceLoader.load(Path.of("seeds/reference")))).isEmpty();
	}

}
