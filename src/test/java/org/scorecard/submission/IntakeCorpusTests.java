package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.period.Cutoff;

/**
 * The intake corpus (src/test/resources/intake, written by its make.py with the tools agencies use:
 * LibreOffice in en-US and vi-VN, openpyxl, XlsxWriter, and XML as Excel writes it): every file is
 * read as {@code scorecard validate} reads it, and every outcome is compared with expected.csv, which
 * the generator wrote beside the values it typed. Nothing may be extra and nothing missing: every
 * accepted row with the value the sender meant, every rejected row with its code and a message
 * fragment, every sheet read or skipped (with why), every file unreadable or skipped.
 */
class IntakeCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/intake");

	static final Path INBOX = CORPUS.resolve("inbox");

	/** One outcome of a file: where (sheet, line), what, and for an accepted row its key and value. */
	record Outcome(String sheet, String line, String outcome, String agency, String period, String indicator,
			String value, String says) {

		String place() {
			return sheet + "|" + line + "|" + outcome;
		}

	}

	static ReferenceData reference;

	static Map<String, List<Outcome>> expected;

	@BeforeAll
	static void load() throws IOException {
		reference = ReferenceLoader.load(CORPUS.resolve("reference"));
		expected = expected();
	}

	static Stream<String> files() throws IOException {
		try (Stream<Path> files = Files.list(INBOX)) {
			return files.map(f -> f.getFileName().toString()).sorted(Inbox.CODE_POINT_ORDER).toList().stream();
		}
	}

	@Test
	void shouldExpectSomethingOfEveryFileAndOnlyOfFilesThere() throws IOException {
		assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(files().toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void shouldReadEachFileAsItsSenderMeantIt(String name) {
		List<Outcome> actual = actual(new Validation(reference, Cutoff.CALENDAR).check(List.of(INBOX.resolve(name))), name);
		List<String> differences = compare(expected.get(name), actual);
		assertThat(differences).as("outcomes of " + name + " against expected.csv").isEmpty();
	}

	/** What validation found in one file, as outcomes like expected.csv's. */
	static List<Outcome> actual(Validation.Outcome outcome, String name) {
		List<Outcome> actual = new ArrayList<>();
		String path = INBOX.resolve(name).toString();
		for (Validation.Note note : outcome.notes()) {
			if (note.file().equals(path) && note.text().startsWith("skipped: ")) {
				actual.add(new Outcome("", "", "FILE_SKIPPED", "", "", "", "", note.text()));
			}
		}
		for (SheetOutcome sheet : outcome.sheets().getOrDefault(path, List.of())) {
			actual.add(new Outcome(sheet.name(), "", sheet.read() ? "SHEET_READ" : "SHEET_SKIPPED", "", "", "", "",
					sheet.read() ? "" : sheet.reason()));
		}
		for (Validation.Problem problem : outcome.problems()) {
			if (problem.file().equals(path)) {
				actual.add(new Outcome(problem.sheet() == null ? "" : problem.sheet(),
						problem.line() == 0 ? "" : Long.toString(problem.line()), problem.code().name(), "", "", "", "",
						problem.message()));
			}
		}
		for (Validation.Accepted row : outcome.accepted()) {
			if (row.file().equals(path)) {
				actual.add(new Outcome(row.sheet() == null ? "" : row.sheet(), Long.toString(row.line()), "ACCEPTED",
						row.agency(), row.period(), row.indicator(), row.value().toPlainString(), ""));
			}
		}
		return actual;
	}

	/** Every difference between what was expected and what was found, one line each; empty when they agree. */
	static List<String> compare(List<Outcome> expected, List<Outcome> actual) {
		Map<String, Outcome> found = new LinkedHashMap<>();
		List<String> differences = new ArrayList<>();
		for (Outcome outcome : actual) {
			if (found.put(outcome.place(), outcome) != null) {
				differences.add("found twice: " + outcome);
			}
		}
		Outcome unreadable = actual.stream().filter(o -> o.outcome().equals("UNREADABLE_FILE")).findFirst().orElse(null);
		for (Outcome want : expected) {
			Outcome got = found.remove(want.place());
			if (got == null && want.outcome().equals("SHEET_SKIPPED") && unreadable != null
					&& unreadable.says().contains("'" + want.sheet() + "' skipped: ")
					&& unreadable.says().toLowerCase(Locale.ROOT).contains(want.says().toLowerCase(Locale.ROOT))) {
				// an unreadable workbook is not read at all: its message names every sheet and why it is no form
				continue;
			}
			if (got == null) {
				differences.add("missing: " + want);
			}
			else if (want.outcome().equals("ACCEPTED")) {
				if (!want.agency().equals(got.agency()) || !want.period().equals(got.period())
						|| !want.indicator().equals(got.indicator())
						|| new BigDecimal(want.value()).compareTo(new BigDecimal(got.value())) != 0) {
					differences.add("expected " + want + " but found " + got);
				}
			}
			else if (!got.says().toLowerCase(Locale.ROOT).contains(want.says().toLowerCase(Locale.ROOT))) {
				differences.add("the message of " + want.place() + " should say '" + want.says() + "': " + got.says());
			}
		}
		found.values().forEach(extra -> differences.add("not expected: " + extra));
		return differences;
	}

	private static Map<String, List<Outcome>> expected() throws IOException {
		Map<String, List<Outcome>> expected = new LinkedHashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(CORPUS.resolve("expected.csv"))) {
			csv.forEach(r -> expected.computeIfAbsent(r.getField("file"), f -> new ArrayList<>())
				.add(new Outcome(r.getField("sheet"), r.getField("line"), r.getField("outcome"), r.getField("agency"),
						r.getField("period"), r.getField("indicator"), r.getField("value"), r.getField("says"))));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return expected;
	}

}
