package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts through Spring's MessageSource: the folder's lines first, the jar's copy for the rest. */
class TextsTests {

	@TempDir
	Path folder;

	@Test
	void shouldPreferTheFolderAndFallBackToTheBuiltInCopyKeyByKey() throws IOException {
		Files.writeString(this.folder.resolve("report_vi.properties"), "report.title = Báo cáo thử\n",
				StandardCharsets.UTF_8);
		Texts vi = Texts.load(this.folder, Language.VI);
		assertThat(vi.get("report.title")).isEqualTo("Báo cáo thử");
		assertThat(vi.status("on_track")).isEqualTo(Texts.load(Path.of("templates"), Language.VI).status("on_track"));
	}

	@Test
	void shouldReadTheBuiltInCopyWhenTheFolderIsAbsent() {
		Texts vi = Texts.load(this.folder.resolve("absent"), Language.VI);
		assertThat(vi.get("format.decimal")).isEqualTo(",");
	}

	@Test
	void shouldLayMailTextsOverTheReportTexts() {
		Texts mail = Texts.load(Path.of("templates"), "mail", Language.VI);
		assertThat(mail.get("month.10")).isNotBlank();
		assertThat(mail.period(java.time.YearMonth.of(2026, 10))).contains("2026");
	}

	@Test
	void shouldKeepApostrophesAndBracesAsWritten() throws IOException {
		Files.writeString(this.folder.resolve("report_en.properties"), "report.title = The year's {name}\n",
				StandardCharsets.UTF_8);
		Texts en = Texts.load(this.folder, Language.EN);
		assertThat(en.format("report.title", "name", "targets")).isEqualTo("The year's targets");
	}

	@Test
	void shouldFailLoudlyOnAMissingKey() {
		Texts vi = Texts.load(Path.of("templates"), Language.VI);
		assertThatIllegalStateException().isThrownBy(() -> vi.get("no.such.key"))
			.withMessageContaining("report_vi.properties")
			.withMessageContaining("'no.such.key'");
	}

}
