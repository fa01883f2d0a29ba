package org.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.reference.Agency;
import org.scorecard.reference.AgencyKind;
import org.scorecard.run.Run;
import org.scorecard.run.RunRequest;
import org.scorecard.run.RunStatus;
import org.scorecard.text.Language;
import org.scorecard.text.Texts;

/**
 * Which language and which edition's file each letter of a run has: an agency's own language where
 * the run has that edition, else the run's; the secretariat's always the run's. (MailTests sends them.)
 */
class LettersTests {

	private static final Path OUT = Path.of("out");

	private static final Agency HANOI = new Agency("HN", "Hanoi", "Hà Nội", AgencyKind.PROVINCE, null,
			"hn@example.vn", true, Language.EN);

	private static final Agency LAO_CAI = new Agency("LC", "Lao Cai", "Lào Cai", AgencyKind.PROVINCE, null,
			"lc@example.vn", true, Language.VI);

	@Nested
	class TwoLanguageRun {

		private final List<Letter> letters = letters(Language.VI, Language.EN);

		@Test
		void shouldWriteToTheSecretariatInTheRunsLanguageWithThatEditionsReport() {
			Letter secretariat = letters.get(0);
			assertThat(secretariat.subject()).startsWith("Báo cáo đánh giá Tháng 9/2026: báo cáo tổng hợp");
			assertThat(secretariat.attachment()).isEqualTo(OUT.resolve("2026-09/scorecard-2026-09.vi.pdf"));
			assertThat(secretariat.body()).contains("(scorecard-2026-09.vi.pdf)");
		}

		@Test
		void shouldWriteToAnEnglishAgencyInEnglishWithItsEnglishScorecard() {
			Letter hanoi = letters.get(1);
			assertThat(hanoi.subject()).isEqualTo("Scorecard September 2026: Hanoi (Hà Nội)");
			assertThat(hanoi.body()).startsWith("Dear colleagues of Hanoi (Hà Nội),")
				.contains("your scorecard for September 2026 (HN-2026-09.en.pdf)");
			assertThat(hanoi.attachment()).isEqualTo(OUT.resolve("2026-09/agencies/HN-2026-09.en.pdf"));
		}

		@Test
		void shouldWriteToAVietnameseAgencyInVietnameseWithItsVietnameseScorecard() {
			Letter laoCai = letters.get(2);
			assertThat(laoCai.subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Lào Cai");
			assertThat(laoCai.body()).startsWith("Kính gửi Lào Cai,").contains("(LC-2026-09.vi.pdf)");
			assertThat(laoCai.attachment()).isEqualTo(OUT.resolve("2026-09/agencies/LC-2026-09.vi.pdf"));
		}

		@Test
		void shouldFollowTheAgencyWhateverTheRunsOwnLanguage() {
			List<Letter> english = letters(Language.EN, Language.VI);
			assertThat(english.get(0).attachment()).isEqualTo(OUT.resolve("2026-09/scorecard-2026-09.en.pdf"));
			assertThat(english.get(0).subject()).startsWith("Scorecard September 2026: consolidated report");
			assertThat(english.get(1).attachmentName()).isEqualTo("HN-2026-09.en.pdf");
			assertThat(english.get(2).attachmentName()).isEqualTo("LC-2026-09.vi.pdf");
			assertThat(english.get(2).subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Lào Cai");
		}

	}

	@Nested
	class OneLanguageRun {

		@Test
		void shouldWriteToEveryoneInTheRunsLanguageWithTodaysFileNames() {
			List<Letter> letters = letters(Language.VI, null);
			assertThat(letters).extracting(Letter::attachmentName)
				.containsExactly("scorecard-2026-09.pdf", "HN-2026-09.pdf", "LC-2026-09.pdf");
			assertThat(letters.get(1).subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Hà Nội");
		}

		@Test
		void shouldWriteToAVietnameseAgencyInEnglishWhenTheRunIsEnglishOnly() {
			List<Letter> letters = letters(Language.EN, null);
			assertThat(letters).extracting(Letter::attachmentName)
				.containsExactly("scorecard-2026-09.pdf", "HN-2026-09.pdf", "LC-2026-09.pdf");
			assertThat(letters.get(2).subject()).isEqualTo("Scorecard September 2026: Lao Cai (Lào Cai)");
		}

	}

	private static List<Letter> letters(Language lang, Language second) {
		Run run = new Run(7, new ReportingPeriod(YearMonth.of(2026, 9)), "f", 1, RunStatus.COMPLETED,
				Instant.parse("2026-10-06T00:00:00Z"), null, Path.of("ref"), Path.of("inbox"), OUT, Cutoff.CALENDAR, 5,
				null, null, null, null, lang, RunRequest.TEMPLATES, second);
		Map<Language, Texts> texts = new EnumMap<>(Language.class);
		for (Language language : run.langs()) {
			texts.put(language, Texts.load(RunRequest.TEMPLATES, "mail", language));
		}
		return Letters.of(run, List.of("thuky@example.vn"), List.of(HANOI, LAO_CAI), texts, LocalDate.of(2026, 10, 6),
				Map.of(), LocalDate.of(2026, 10, 5));
	}

}
