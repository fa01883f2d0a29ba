package org.scorecard.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number formats as Excel, LibreOffice and WPS write them, Vietnamese ones included. */
class NumberFormatsTests {

	@ParameterizedTest(name = "{0} shows {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			General                                              | NUMBER
			0.00                                                 | NUMBER
			#,##0                                                | NUMBER
			0.00E+00                                             | NUMBER
			@                                                    | NUMBER
			`#,##0.00\\ "₫"`                                      | NUMBER
			`0.0 "tỷ đồng"`                                      | NUMBER
			`[$₫-42A]#,##0`                                      | NUMBER
			`_-* #,##0\\ _₫_-;\\-* #,##0\\ _₫_-;_-* "-"\\ _₫_-;_-@_-` | NUMBER
			`General" triệu"`                                    | NUMBER
			0%                                                   | PERCENT
			0.0%                                                 | PERCENT
			`[Red]0.0%;[Blue]-0.0%`                              | PERCENT
			`"ngày "d" tháng "m" năm "yyyy`                      | DATE
			`[$-42A]dd/mm/yyyy`                                  | DATE
			`dd/mm/yyyy;@`                                       | DATE
			mm/dd/yy                                             | DATE
			`[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy`                 | DATE
			dd/mm/yyyy hh:mm                                     | DATE
			`[h]:mm:ss`                                          | DATE
			h:mm AM/PM                                           | DATE
			`[DBNum1][$-804]yyyy"年"m"月"d"日"`                   | DATE
			mmm-yy                                               | MONTH
			mm/yyyy                                              | MONTH
			yyyy-mm                                              | MONTH
			`"tháng "mm" năm "yyyy`                              | MONTH
			""")
	void shouldTellWhatAFormatShows(String code, NumberFormats.Shows shows) {
		assertThat(NumberFormats.of(code)).isEqualTo(shows);
	}

	@ParameterizedTest(name = "built-in {0} shows {1}")
	@CsvSource({ "0, NUMBER", "3, NUMBER", "9, PERCENT", "10, PERCENT", "14, DATE", "17, MONTH", "22, DATE", "45, DATE",
			"49, NUMBER", "31, DATE", "57, DATE" })
	void shouldKnowTheBuiltInFormats(int id, NumberFormats.Shows shows) {
		assertThat(NumberFormats.of(id, null)).isEqualTo(shows);
	}

}
