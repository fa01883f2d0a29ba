package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The edition's title in both languages: the quarter's for a month that closes one, else the month's. */
class EditionTitleTests {

	private final Texts en = Texts.load(Path.of("templates"), Language.EN);

	private final Texts vi = Texts.load(Path.of("templates"), Language.VI);

	@Test
	void shouldTitleQuarterClosingEditionsByTheirQuarter() {
		assertThat(en.editionTitle(YearMonth.of(2026, 3))).isEqualTo("Quarter I of 2026");
		assertThat(en.editionTitle(YearMonth.of(2026, 6))).isEqualTo("Quarter II and six months of 2026");
		assertThat(en.editionTitle(YearMonth.of(2026, 9))).isEqualTo("Quarter III and nine months of 2026");
		assertThat(en.editionTitle(YearMonth.of(2026, 12))).isEqualTo("Quarter IV and the year 2026");
		assertThat(vi.editionTitle(YearMonth.of(2026, 3))).isEqualTo("Quý I năm 2026");
		assertThat(vi.editionTitle(YearMonth.of(2026, 6))).isEqualTo("Quý II và 6 tháng đầu năm 2026");
		assertThat(vi.editionTitle(YearMonth.of(2026, 9))).isEqualTo("Quý III và 9 tháng năm 2026");
		assertThat(vi.editionTitle(YearMonth.of(2026, 12))).isEqualTo("Quý IV và cả năm 2026");
	}

	@Test
	void shouldTitleOtherEditionsByTheirMonth() {
		assertThat(en.editionTitle(YearMonth.of(2026, 10))).isEqualTo(en.period(YearMonth.of(2026, 10)));
		assertThat(vi.editionTitle(YearMonth.of(2026, 1))).isEqualTo("Tháng 1/2026");
	}

}
