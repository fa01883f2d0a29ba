package org.scorecard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhiteSpaceTests {

	@Test
	void shouldTrimEveryUnicodeWhiteSpace() {
		assertThat(WhiteSpace.strip("HN\u00A0")).isEqualTo("HN");
		assertThat(WhiteSpace.strip("\u3000EXPORTS\u2009\u202F")).isEqualTo("EXPORTS");
		assertThat(WhiteSpace.strip("\t 1234.5\u2007\r\n\u0085")).isEqualTo("1234.5");
		assertThat(WhiteSpace.strip("H\u00A0N")).isEqualTo("H\u00A0N");
		assertThat(WhiteSpace.strip(null)).isNull();
	}

	@Test
	void shouldKeepWhatIsNotWhiteSpace() {
		// zero-width space and the byte-order mark are not White_Space (rules.md s. 0): they stay, and show
		assertThat(WhiteSpace.strip("HN\u200B")).isEqualTo("HN\u200B");
		assertThat(WhiteSpace.strip("\uFEFFHN")).isEqualTo("\uFEFFHN");
		// Java's String.strip would take these control characters as white space; Unicode does not
		assertThat(WhiteSpace.strip("HN\u001F")).isEqualTo("HN\u001F");
	}

	@Test
	void shouldShowInvisibleCharactersEscapedAndKeepDiacritics() {
		assertThat(Quoted.value("H\u00A0N")).isEqualTo("'H\\u00A0N'");
		assertThat(Quoted.value("HN\u200B")).isEqualTo("'HN\\u200B'");
		assertThat(Quoted.value("Đắk Lắk")).isEqualTo("'Đắk Lắk'");
		// decomposed Vietnamese (combining marks) is text, not invisible
		assertThat(Quoted.value("Ha\u0300 No\u0323i")).isEqualTo("'Ha\u0300 No\u0323i'");
		assertThat(Quoted.value("")).isEqualTo("empty");
		assertThat(Quoted.value(null)).isEqualTo("empty");
	}

}
