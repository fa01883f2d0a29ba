package org.scorecard.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scorecard.period.Cutoff;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.text.Language;
import org.scorecard.text.Messages;

/**
 * The intake corpus read as {@code scorecard validate --lang vi} reads it: every message, skip reason and
 * note is the Vietnamese text of its case (expected_vi.csv: the fragments of expected.csv in Vietnamese,
 * several separated by |), differs from the English one, and has no English word outside what the sender
 * typed (between quotes), file names and codes.
 */
public class IntakeCorpusVietnameseTests {

	/** Words of the English messages that no Vietnamese message may keep. */
	static final Set<String> ENGLISH = Set.of("the", "is", "are", "not", "field", "file", "sheet", "empty", "must",
			"write", "row", "rows", "line", "value", "values", "it", "its", "and", "or", "with", "cannot", "be", "read",
			"skipped", "hidden", "header", "column", "cell", "number", "save", "again", "date", "month", "period",
			"agency", "indicator", "which", "of", "in", "a", "an", "as", "if", "has", "holds", "repeats", "computed");

	private static final Pattern QUOTED = Pattern.compile("'[^']*'");

	/** A file name in a message (another file a row repeats): its words are the sender's. */
	private static final Pattern FILE_NAME = Pattern.compile("\\S+\\.(csv|xlsx|xlsm|xls|ods|xlsb|numbers)\\b");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	static ReferenceData reference;

	static Messages vi;

	static Messages en;

	static Map<String, List<IntakeCorpusTests.Outcome>> expected;

	@BeforeAll
	static void load() throws IOException {
		reference = ReferenceLoader.load(IntakeCorpusTests.CORPUS.resolve("reference"));
		vi = Messages.load(Path.of("templates"), Language.VI);
		en = Messages.load(Path.of("templates"), Language.EN);
		expected = new LinkedHashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.ofNamedCsvRecord(IntakeCorpusTests.CORPUS.resolve("expected_vi.csv"))) {
			csv.forEach(r -> expected.computeIfAbsent(r.getField("file"), f -> new ArrayList<>())
				.add(new IntakeCorpusTests.Outcome(r.getField("sheet"), r.getField("line"), r.getField("outcome"), "", "",
						"", "", r.getField("says"))));
		}
	}

	static List<String> files() throws IOException {
		return IntakeCorpusTests.files().toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void shouldTellEachProblemOfEachFileInVietnamese(String name) {
		Path file = IntakeCorpusTests.INBOX.resolve(name);
		Validation.Outcome outcome = new Validation(reference, Cutoff.CALENDAR, vi).check(List.of(file));
		Validation.Outcome english = new Validation(reference, Cutoff.CALENDAR, en).check(List.of(file));
		List<IntakeCorpusTests.Outcome> actual = outcomes(outcome, file, vi);
		List<IntakeCorpusTests.Outcome> inEnglish = outcomes(english, file, en);
		List<String> differences = new ArrayList<>();
		Map<String, IntakeCorpusTests.Outcome> found = new LinkedHashMap<>();
		actual.forEach(o -> found.put(o.place(), o));
		IntakeCorpusTests.Outcome unreadable = actual.stream()
			.filter(o -> o.outcome().equals("UNREADABLE_FILE"))
			.findFirst()
			.orElse(null);
		for (IntakeCorpusTests.Outcome want : expected.getOrDefault(name, List.of())) {
			IntakeCorpusTests.Outcome got = found.remove(want.place());
			if (got == null && want.outcome().equals("SHEET_SKIPPED") && unreadable != null
					&& unreadable.says().contains("'" + want.sheet() + "' bị bỏ qua: " + want.says())) {
				continue; // an unreadable workbook's message names every sheet and why it is no form
			}
			if (got == null) {
				differences.add("missing: " + want);
				continue;
			}
			for (String fragment : want.says().split("\\|")) {
				if (!got.says().contains(fragment)) {
					differences.add("the message of " + want.place() + " should say '" + fragment + "': " + got.says());
				}
			}
		}
		found.values().forEach(extra -> differences.add("not expected: " + extra));
		for (IntakeCorpusTests.Outcome said : actual) {
			List<String> words = englishWords(said.says(), file.toString());
			if (!words.isEmpty()) {
				differences.add("English " + words + " in: " + said.says());
			}
			inEnglish.stream()
				.filter(o -> o.place().equals(said.place()) && !o.says().isEmpty() && o.says().equals(said.says()))
				.forEach(o -> differences.add("the same as in English: " + said.says()));
		}
		assertThat(differences).as("Vietnamese outcomes of " + name + " against expected_vi.csv").isEmpty();
	}

	@org.junit.jupiter.api.Test
	void shouldFindEnglishWordsButNotInQuotesFileNamesOrCodes() {
		assertThat(englishWords("field agency is empty", "x.csv")).containsExactly("field", "agency", "is", "empty");
		assertThat(englishWords("HN.csv: cột 'value' (giá trị): 'the value' EXPORTS USD_M", "HN.csv")).isEmpty();
		assertThat(englishWords("lặp lại inbox/lo-en-comma-as-shown.csv dòng 3", "HN.csv")).isEmpty();
	}

	/** What validation said of one file: skip notes, sheets skipped, problems (accepted rows say nothing). */
	static List<IntakeCorpusTests.Outcome> outcomes(Validation.Outcome outcome, Path file, Messages messages) {
		String path = file.toString();
		String skipped = messages.format("note.file_skipped", "reason", "");
		List<IntakeCorpusTests.Outcome> outcomes = new ArrayList<>();
		for (Validation.Note note : outcome.notes()) {
			if (note.file().equals(path) && note.text().startsWith(skipped)) {
				outcomes.add(new IntakeCorpusTests.Outcome("", "", "FILE_SKIPPED", "", "", "", "", note.text()));
			}
		}
		for (SheetOutcome sheet : outcome.sheets().getOrDefault(path, List.of())) {
			outcomes.add(new IntakeCorpusTests.Outcome(sheet.name(), "", sheet.read() ? "SHEET_READ" : "SHEET_SKIPPED", "",
					"", "", "", sheet.read() ? "" : sheet.reason()));
		}
		for (Validation.Problem problem : outcome.problems()) {
			outcomes.add(new IntakeCorpusTests.Outcome(problem.sheet() == null ? "" : problem.sheet(),
					problem.line() == 0 ? "" : Long.toString(problem.line()), problem.code().name(), "", "", "", "",
					problem.message()));
		}
		return outcomes;
	}

	/** The English words of a message, leaving out quoted text, the file's name and codes (EXPORTS, USD_M). */
	public static List<String> englishWords(String message, String file) {
		String text = QUOTED.matcher(FILE_NAME.matcher(file.isEmpty() ? message : message.replace(file, " ")).replaceAll(" ")).replaceAll(" ");
		List<String> words = new ArrayList<>();
		var matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			if (!word.equals(word.toUpperCase(Locale.ROOT)) && ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
				words.add(word);
			}
		}
		return words;
	}

}
