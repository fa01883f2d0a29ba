package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;

/** The fingerprint sees what changes the outputs: a reworded report text or message makes a new run. */
class FingerprintTests {

	@TempDir
	Path dir;

	@Test
	void shouldChangeWhenATextIsReworded() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path templates = Files.createDirectories(dir.resolve("templates"));
		Path messages = Files.writeString(templates.resolve("messages_vi.properties"), "row.agency.empty = {field} để trống\n");
		RunRequest request = new RunRequest(YearMonth.of(2026, 10), reference, Files.createDirectories(dir.resolve("inbox")),
				dir.resolve("out"), Cutoff.CALENDAR, 5, false, Language.VI, templates);
		String before = Fingerprint.of(request, List.of());
		assertThat(Fingerprint.of(request, List.of())).isEqualTo(before);
		Files.writeString(messages, "row.agency.empty = {field} để trống: ghi mã cơ quan\n");
		assertThat(Fingerprint.of(request, List.of())).isNotEqualTo(before);
	}

	@Test
	void shouldCoverTheLanguagesOfTheEditions() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("reference"));
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		RunRequest vi = new RunRequest(YearMonth.of(2026, 10), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false, Language.VI, RunRequest.TEMPLATES);
		RunRequest viEn = new RunRequest(YearMonth.of(2026, 10), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false, Language.VI, RunRequest.TEMPLATES, Language.EN);
		RunRequest enVi = new RunRequest(YearMonth.of(2026, 10), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false, Language.EN, RunRequest.TEMPLATES, Language.VI);
		// the same language twice is one edition
		RunRequest viVi = new RunRequest(YearMonth.of(2026, 10), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false, Language.VI, RunRequest.TEMPLATES, Language.VI);

		assertThat(Fingerprint.of(viEn, List.of())).isNotEqualTo(Fingerprint.of(vi, List.of()))
			.isNotEqualTo(Fingerprint.of(enVi, List.of()));
		assertThat(Fingerprint.of(viVi, List.of())).isEqualTo(Fingerprint.of(vi, List.of()));
		assertThat(viEn.langs()).containsExactly(Language.VI, Language.EN);
	}

}
