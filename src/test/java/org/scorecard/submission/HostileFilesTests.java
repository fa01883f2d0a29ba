package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scorecard.Fixtures;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.period.Cutoff;

/**
 * The hostile and broken files of src/test/resources/hostile (written by its make.py), each named
 * for what is wrong with it, and four made here (a 10 MB line, an XLSX zip bomb, a file that changes
 * after the inbox was scanned, and a file with a NUL byte deep inside): each gets its code, at its
 * line, with a message that says what is wrong. The whole corpus through the real job is in
 * {@code HostileRunTests}.
 */
class HostileFilesTests {

	static final Path CORPUS = Path.of("src/test/resources/hostile");

	@TempDir
	static Path dir;

	static ReferenceData reference;

	@BeforeAll
	static void reference() {
		reference = ReferenceLoader.load(Fixtures.reference(dir.resolve("reference")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			encoding-windows-1258.csv            | 0   | UNREADABLE_FILE | not UTF-8
			encoding-utf16le-with-bom.csv        | 0   | UNREADABLE_FILE | UTF-16
			encoding-utf16be-with-bom.csv        | 0   | UNREADABLE_FILE | UTF-16
			encoding-utf16le-without-bom.csv     | 0   | UNREADABLE_FILE | NUL
			encoding-utf8-with-bom.csv           | -   | -               | -
			encoding-utf8-without-bom.csv        | -   | -               | -
			empty-file.csv                       | 0   | UNREADABLE_FILE | empty
			header-only.csv                      | -   | -               | -
			blank-lines-only-after-header.csv    | 4   | MALFORMED_ROW   | 1 fields but the header has 7
			missing-column-value.csv             | 2   | MALFORMED_ROW   | lacks the required column(s) value
			missing-column-submitted-at.csv      | 2   | MALFORMED_ROW   | lacks the required column(s) submitted_at
			extra-columns-ignored.csv            | -   | -               | -
			row-with-fewer-fields.csv            | 2   | MALFORMED_ROW   | 4 fields but the header has 7
			row-with-more-fields.csv             | 2   | MALFORMED_ROW   | 8 fields but the header has 7
			unbalanced-quote.csv                 | 3   | MALFORMED_ROW   | never closed
			text-after-closing-quote.csv         | 2   | MALFORMED_ROW   | closing quote
			nul-bytes.csv                        | 0   | UNREADABLE_FILE | NUL
			binary-garbage.csv                   | 0   | UNREADABLE_FILE | not UTF-8
			carriage-returns-only.csv            | -   | -               | -
			value-exponent-1e309.csv             | 2   | BAD_VALUE       | 1e309
			value-nan.csv                        | 2   | BAD_VALUE       | NaN
			value-infinity.csv                   | 2   | BAD_VALUE       | Infinity
			value-minus-zero.csv                 | -   | -               | -
			value-decimal-comma-and-dot.csv      | 2   | BAD_VALUE       | 1.506,14
			value-thousands-separator.csv        | 2   | BAD_VALUE       | 1,506.14
			value-hexadecimal.csv                | 2   | BAD_VALUE       | 0x1F
			value-empty.csv                      | 2   | BAD_VALUE       | empty
			value-300-digits.csv                 | 2   | BAD_VALUE       | digits
			period-month-13.csv                  | 2   | BAD_PERIOD      | 2026-13
			period-two-digit-year.csv            | 2   | BAD_PERIOD      | 26-10
			period-far-future.csv                | 2   | FUTURE_PERIOD   | 9999-12
			submitted-at-far-future.csv          | -   | -               | -
			submitted-at-year-zero.csv           | 2   | FUTURE_PERIOD   | 0000-01-01
			submitted-at-february-30.csv         | 2   | BAD_DATE        | 2026-02-30
			agency-path-traversal.csv            | 2   | UNKNOWN_AGENCY  | ../../etc/passwd
			agency-with-inner-space.csv          | 2   | UNKNOWN_AGENCY  | H N
			agency-with-control-characters.csv   | 2   | UNKNOWN_AGENCY  | HN\\u0007\\u001B[31m
			agency-lower-case.csv                | 2   | UNKNOWN_AGENCY  | hn
			note-starting-with-equals.csv        | -   | -               | -
			note-starting-with-plus.csv          | -   | -               | -
			note-starting-with-minus.csv         | -   | -               | -
			note-starting-with-at.csv            | -   | -               | -
			note-very-long.csv                   | -   | -               | -
			formula-in-rejected-row.csv          | 2   | UNKNOWN_AGENCY  | =cmd
			xlsx-good-form.xlsx                  | -   | -               | -
			xlsx-value-is-formula.xlsx           | -   | -               | -
			xlsx-value-is-formula-without-result.xlsx | 6 | BAD_VALUE     | save it again
			xlsx-value-is-date.xlsx              | 6   | BAD_VALUE       | 2026-10-05
			xlsx-value-is-boolean.xlsx           | 6   | BAD_VALUE       | TRUE
			xlsx-value-is-error.xlsx             | 6   | BAD_VALUE       | #DIV/0!
			xlsx-doctype-external-entity.xlsx    | 0   | UNREADABLE_FILE | DOCTYPE
			xlsx-billion-laughs.xlsx             | 0   | UNREADABLE_FILE | DOCTYPE
			xlsx-no-header-row.xlsx              | 0   | UNREADABLE_FILE | no header row beginning with 'Indicator'
			xlsx-malformed-xml.xlsx              | 0   | UNREADABLE_FILE | cannot be read to the end
			xlsx-truncated.xlsx                  | 0   | UNREADABLE_FILE | not an XLSX workbook
			xlsx-that-is-a-csv.xlsx              | 0   | UNREADABLE_FILE | not an XLSX workbook
			xlsx-empty.xlsx                      | 0   | UNREADABLE_FILE | not an XLSX workbook
			xlsx-row-number-twice.xlsx           | 0   | UNREADABLE_FILE | has row 6 twice
			xlsx-row-number-negative.xlsx        | 0   | UNREADABLE_FILE | a row numbered -5, outside 1 to 1048576
			xlsx-row-number-zero.xlsx            | 0   | UNREADABLE_FILE | a row numbered 0, outside 1 to 1048576
			xlsx-row-number-overflow.xlsx        | 0   | UNREADABLE_FILE | a row numbered 2147483647
			xlsx-rows-out-of-order.xlsx          | 0   | UNREADABLE_FILE | has row 6 after row 7
			xlsx-cell-twice.xlsx                 | 0   | UNREADABLE_FILE | the cell B6 twice or out of order in row 6
			xlsx-rows-without-numbers.xlsx       | -   | -               | -
			xlsx-header-value-twice.xlsx         | 6   | MALFORMED_ROW   | has the column 'value' twice
			xlsx-label-agency-twice.xlsx         | 6   | MALFORMED_ROW   | the label 'agency' is on two rows
			header-value-twice.csv               | 2   | MALFORMED_ROW   | the column value 2 times (columns 4, 8)
			header-agency-twice-in-other-case.csv | 2  | MALFORMED_ROW   | the column agency 2 times (columns 1, 2)
			header-unknown-column-twice.csv      | -   | -               | -
			submitted-at-nanoseconds-same-microsecond.csv | 3 | DUPLICATE | repeats
			""")
	void shouldGiveEachHostileFileItsCodeAtItsLine(String fixture, Long line, RejectCode code, String says) {
		List<Validation.Problem> problems = validate(CORPUS.resolve(fixture));
		if (code == null) {
			assertThat(problems).as("problems of " + fixture).isEmpty();
			return;
		}
		assertThat(problems).as("problems of " + fixture).hasSize(1);
		Validation.Problem problem = problems.get(0);
		assertThat(problem.line()).isEqualTo(line);
		assertThat(problem.code()).isEqualTo(code);
		assertThat(problem.message()).contains(says);
		// the message is printable: control characters of a hostile field are shown escaped
		assertThat(problem.message()).doesNotContainPattern("[\\p{Cntrl}&&[^\\n]]");
	}

	@Test
	void shouldCompareSubmissionTimesToTheMicrosecondAsEveryDatabaseCan() {
		// 100 ns apart: the same microsecond, so one instant on H2 and PostgreSQL alike, and 5 against 6 conflict
		List<Validation.Problem> problems = validate(CORPUS.resolve("submitted-at-100-ns-apart.csv"));
		assertThat(problems).extracting(Validation.Problem::line, Validation.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, RejectCode.CONFLICT),
					org.assertj.core.groups.Tuple.tuple(3L, RejectCode.CONFLICT));
		assertThat(RowChecker.parseInstant("2026-11-03T10:00:00.1234569+07:00"))
			.isEqualTo(RowChecker.parseInstant("2026-11-03T10:00:00.123456+07:00"));
	}

	@Test
	void shouldCountTheCorpus() throws IOException {
		try (var files = Files.list(CORPUS)) {
			assertThat(files.filter(f -> !f.toString().endsWith(".py")).count()).as("fixtures in " + CORPUS)
				.isGreaterThanOrEqualTo(71);
		}
	}

	@Test
	void shouldReadALineOfTenMegabytesAndClipOnlyWhatIsStored() throws IOException {
		Path file = dir.resolve("note-of-ten-megabytes.csv");
		Files.writeString(file, Fixtures.SUBMISSION_HEADER + "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,"
				+ "x".repeat(10 * 1024 * 1024) + "\nLC,2026-10,EXPORTS,6,USD_M,2026-11-03,\n", StandardCharsets.UTF_8);
		assertThat(validate(file)).isEmpty();
		try (RowSource rows = RowSource.open(new SubmissionFile(1, "f.csv", file, FileKind.CSV, "", 0))) {
			assertThat(rows.next().note()).hasSize(10 * 1024 * 1024);
			assertThat(rows.next().agency()).isEqualTo("LC");
		}
	}

	@Test
	void shouldRefuseAnXlsxZipBomb() throws IOException {
		Path file = Fixtures.zipBomb(dir.resolve("zip-bomb.xlsx"));
		assertThat(Files.size(file)).isLessThan(1024 * 1024);
		List<Validation.Problem> problems = validate(file);
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(RejectCode.UNREADABLE_FILE);
			assertThat(p.message()).contains("zip bomb");
		});
	}

	@Test
	void shouldRefuseAFileThatChangedAfterTheInboxWasScanned() throws IOException {
		Path file = Fixtures.submission(dir.resolve("changing.csv"), "HN,2026-10,EXPORTS,5,USD_M,2026-11-03,");
		String sha = Inbox.sha256(file);
		long size = Files.size(file);
		Files.writeString(file, "HN,2026-09,EXPORTS,7,USD_M,2026-11-03,\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		SubmissionFile scanned = new SubmissionFile(1, "changing.csv", file, FileKind.CSV, sha, size);
		try (RowSource rows = RowSource.open(scanned)) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
				while (rows.hasNext()) {
					rows.next();
				}
			}).isInstanceOf(RowSource.UnreadableFileException.class).hasMessageContaining("changed");
		}
		Path form = dir.resolve("changing.xlsx");
		Files.copy(CORPUS.resolve("xlsx-good-form.xlsx"), form);
		SubmissionFile scannedForm = new SubmissionFile(2, "changing.xlsx", form, FileKind.XLSX, "0".repeat(64),
				Files.size(form));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowSource.open(scannedForm).close())
			.isInstanceOf(RowSource.UnreadableFileException.class)
			.hasMessageContaining("changed");
	}

	@Test
	void shouldRefuseANulByteDeepInsideAFile() throws IOException {
		StringBuilder text = new StringBuilder(Fixtures.SUBMISSION_HEADER);
		for (int i = 0; i < 5_000; i++) {
			text.append("HN,2026-10,EXPORTS,5,USD_M,2026-11-03,row ").append(i).append('\n');
		}
		text.append("HN,2026-10,EXPORTS,5,USD_M,2026-11-03,\u0000\n");
		Path file = Fixtures.write(dir.resolve("late-nul.csv"), text.toString());
		assertThat(validate(file)).filteredOn(p -> p.code() == RejectCode.UNREADABLE_FILE)
			.singleElement()
			.satisfies(p -> assertThat(p.message()).contains("NUL"));
	}

	private static List<Validation.Problem> validate(Path file) {
		return new Validation(reference, Cutoff.CALENDAR).validate(List.of(file));
	}

}
