package org.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.mail.MailService;
import org.scorecard.period.Cutoff;
import org.scorecard.reference.Agency;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every word a reader gets, read back from what the demo run for 2026-10 writes in each language: the
 * report, every scorecard, every sheet of the workbook and every mail body (dry run). The vi edition
 * holds no English word outside an allow-list (codes, units, proper names, what agencies themselves
 * typed); the en edition no Vietnamese outside names.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:languages;DB_CLOSE_DELAY=-1",
		"scorecard.mail.secretariat=thuky@example.vn", "scorecard.mail.from=Ban Thư ký <scorecard@example.vn>" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageEditionsTests {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** Letters only Vietnamese uses (lower case; the text is compared lower-cased). */
	private static final Pattern VIETNAMESE = Pattern.compile(
			"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]");

	/** English words that are no Vietnamese word, besides those of the English templates. */
	private static final List<String> ENGLISH = List.of("the", "and", "of", "to", "in", "is", "are", "was", "for",
			"with", "from", "by", "on", "at", "not", "no", "yes", "file", "row", "rows", "line", "sheet", "field",
			"value", "empty", "must", "write", "page", "status", "target", "month", "year", "agency", "indicator",
			"achieved", "track", "risk", "late", "missing", "data", "rejected", "task", "tasks", "overdue", "due",
			"open", "done", "source", "total", "summary", "contents", "edition", "run", "figure", "growth", "report");

	/** Kept in the vi edition: codes, units, symbols, format names. */
	private static final Set<String> ALLOWED = Set.of("us", "usd", "vnd", "csv", "xlsx", "xls", "pdf", "json", "sha",
			"utf", "id", "iip", "fdi", "gdp", "rules", "md");

	@Autowired
	RunLauncher launcher;

	@Autowired
	MailService mail;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	static Path dir;

	final ReferenceData reference = ReferenceLoader.load(Path.of("seeds/reference"));

	final Map<String, List<String>> texts = new TreeMap<>();

	/** What agencies typed (notes, values and files as sent): their words, not ours. */
	final Set<String> theirs = new HashSet<>();

	/** The same, one space for any white space, for whole-cell comparisons. */
	final Set<String> theirsSpaced = new HashSet<>();

	/**
	 * Three runs of the demo: in Vietnamese, in English, and in both ({@code --lang vi,en}), whose
	 * editions are read apart by their file names ({@code .vi.pdf}, {@code .en.xlsx}) as "vi,en/vi" and
	 * "vi,en/en".
	 */
	@BeforeAll
	void run() throws Exception {
		for (String lang : List.of("vi", "en", "vi,en")) {
			Language second = lang.contains(",") ? Language.of(lang.split(",")[1]) : null;
			RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 10), Path.of("seeds/reference"),
					Path.of("seeds/submissions"), dir.resolve(lang), Cutoff.CALENDAR, 5, false,
					Language.of(lang.split(",")[0]), RunRequest.TEMPLATES, second));
			assertThat(outcome.completed()).isTrue();
			long runId = outcome.run().id();
			theirs.addAll(jdbc.queryForList("SELECT DISTINCT note FROM submission_row WHERE run_id = ? AND note IS NOT NULL",
					String.class, runId));
			theirs.addAll(jdbc.queryForList("SELECT DISTINCT value_text FROM submission_row WHERE run_id = ? "
					+ "AND value_text IS NOT NULL", String.class, runId));
			theirs.addAll(jdbc.queryForList("SELECT DISTINCT raw FROM submission_row WHERE run_id = ? AND raw IS NOT NULL",
					String.class, runId));
			theirs.addAll(jdbc.queryForList("SELECT path FROM input_file WHERE run_id = ?", String.class, runId));
			theirs.addAll(jdbc.queryForList("SELECT DISTINCT name FROM input_sheet WHERE run_id = ?", String.class, runId));
			// codes, kept beside their words for formulas and machines, and the folders read
			theirs.addAll(List.of("achieved", "exceeded", "on_track", "at_risk", "off_track", "no_data", "no_target",
					"on_time", "late", "missing", "done_on_time", "done_late", "overdue", "open", "current", "superseded",
					"seeds/reference", "seeds/submissions"));
			theirs.forEach(t -> theirsSpaced.add(spaced(t)));
			Path out = dir.resolve(lang).resolve("2026-10");
			try (Stream<Path> files = Files.walk(out)) {
				for (Path file : files.sorted().toList()) {
					String name = file.getFileName().toString();
					String edition = second == null ? lang : lang + "/" + name.replaceAll(".*\\.(\\w+)\\.\\w+$", "$1");
					if (name.endsWith(".pdf")) {
						texts.computeIfAbsent(edition, k -> new ArrayList<>()).add(pdf(file));
					}
					else if (name.endsWith(".xlsx")) {
						texts.computeIfAbsent(edition, k -> new ArrayList<>()).addAll(workbook(file));
					}
				}
			}
			mail.send(runId, true);
			try (Stream<Path> files = Files.list(out.resolve("outbox"))) {
				for (Path eml : files.sorted().toList()) {
					texts.computeIfAbsent(second == null ? lang : lang + "/vi", k -> new ArrayList<>()).add(mailText(eml));
				}
			}
		}
	}

	@Test
	void aRunInBothLanguagesWritesBothEditionsOfEveryReportNamedByLanguage() throws IOException {
		Path out = dir.resolve("vi,en").resolve("2026-10");
		for (String lang : List.of("vi", "en")) {
			assertThat(out.resolve("scorecard-2026-10." + lang + ".pdf")).isRegularFile();
			assertThat(out.resolve("scorecard-2026-10." + lang + ".xlsx")).isRegularFile();
			assertThat(out.resolve("agencies").resolve("HN-2026-10." + lang + ".pdf")).isRegularFile();
		}
		assertThat(out.resolve("scorecard-2026-10.pdf")).doesNotExist();
		// the same scorecards in each language, and every one of them listed in SHA256SUMS
		try (Stream<Path> agencies = Files.list(out.resolve("agencies"))) {
			List<String> names = agencies.map(p -> p.getFileName().toString()).toList();
			assertThat(names.stream().filter(n -> n.endsWith(".vi.pdf")).count())
				.isEqualTo(names.stream().filter(n -> n.endsWith(".en.pdf")).count())
				.isEqualTo(names.size() / 2);
			String sums = Files.readString(out.resolve("SHA256SUMS"));
			names.forEach(name -> assertThat(sums).contains("agencies/" + name));
			assertThat(sums).contains("scorecard-2026-10.vi.pdf", "scorecard-2026-10.en.pdf", "scorecard-2026-10.vi.xlsx",
					"scorecard-2026-10.en.xlsx");
		}
		// the en edition shows the rejections in English, the vi edition in Vietnamese (stored in both)
		assertThat(spaced(pdf(out.resolve("agencies").resolve("BD-2026-10.en.pdf"))))
			.contains("field value: '3.767,90' uses a comma");
		assertThat(spaced(pdf(out.resolve("agencies").resolve("BD-2026-10.vi.pdf"))))
			.contains("cột 'value' (giá trị): '3.767,90' có dấu phẩy");
	}

	@Test
	void theVietnameseEditionOfARunInBothLanguagesHasNoEnglishWord() throws IOException {
		assertNoEnglish("vi,en/vi");
	}

	@Test
	void theEnglishEditionOfARunInBothLanguagesHasNoVietnameseOutsideNames() {
		assertNoVietnamese("vi,en/en");
	}

	@Test
	void theVietnameseEditionHasNoEnglishWord() throws IOException {
		assertNoEnglish("vi");
	}

	@Test
	void theEnglishEditionHasNoVietnameseOutsideNames() {
		assertNoVietnamese("en");
	}

	private void assertNoEnglish(String edition) throws IOException {
		Set<String> english = new HashSet<>(ENGLISH);
		Set<String> vietnamese = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				Set<String> words = words(values(file));
				(file.toString().endsWith("_vi.properties") ? vietnamese : english).addAll(words);
			}
		}
		for (Agency agency : reference.agencies().values()) {
			vietnamese.addAll(words(agency.nameVi() == null ? "" : agency.nameVi()));
		}
		english.removeAll(vietnamese);
		english.removeAll(ALLOWED);
		Map<String, String> found = new TreeMap<>();
		// single letters are left out: chart labels are drawn letter by letter
		java.util.function.Predicate<String> isEnglish = word -> word.length() > 1
				&& english.contains(word.toLowerCase(Locale.ROOT))
				&& !word.equals(word.toUpperCase(Locale.ROOT));
		assertThat(texts.get(edition)).isNotEmpty();
		for (String text : texts.get(edition)) {
			find(text, isEnglish, found);
		}
		assertThat(found).as("English words in the Vietnamese edition, with where one was seen").isEmpty();
	}

	private void assertNoVietnamese(String edition) {
		Map<String, String> found = new TreeMap<>();
		assertThat(texts.get(edition)).isNotEmpty();
		for (String text : texts.get(edition)) {
			find(text, word -> VIETNAMESE.matcher(word.toLowerCase(Locale.ROOT)).find(), found);
		}
		assertThat(found).as("Vietnamese words in the English edition, with where one was seen").isEmpty();
	}

	/**
	 * Adds the words of {@code text} that {@code foreign} picks, with their context, once the names and
	 * what agencies typed are taken out (only for texts that have such a word at all: most have none).
	 */
	private void find(String text, java.util.function.Predicate<String> foreign, Map<String, String> found) {
		if (theirsSpaced.contains(spaced(text)) || !WORD.matcher(text).results().map(MatchResult::group).anyMatch(foreign)) {
			return;
		}
		String ours = withoutProperNames(text);
		Matcher words = WORD.matcher(ours);
		while (words.find()) {
			if (foreign.test(words.group())) {
				found.putIfAbsent(words.group().toLowerCase(Locale.ROOT), context(ours, words.start()));
			}
		}
	}

	/** The text without agencies' names (proper names, in either language) and what agencies typed. */
	private String withoutProperNames(String text) {
		// one space for any white space (names wrap in table cells), and no hexadecimal digests
		String result = spaced(text).replaceAll("\\b[0-9a-f]{16,}\\b", " ");
		List<String> names = new ArrayList<>(theirs);
		for (Agency agency : reference.agencies().values()) {
			names.add(agency.name());
			if (agency.nameVi() != null) {
				names.add(agency.nameVi());
			}
		}
		names.sort((a, b) -> b.length() - a.length());
		for (String name : names) {
			if (!name.isBlank()) {
				result = result.replace(spaced(name), " ");
			}
		}
		return result;
	}

	private static String spaced(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
		while (m.find()) {
			words.add(m.group().toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/** The values of a properties file, placeholders left out. */
	private static String values(Path file) throws IOException {
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(file)) {
			properties.load(in);
		}
		StringBuilder all = new StringBuilder();
		properties.values().forEach(v -> all.append(v.toString().replaceAll("\\{[a-z_]+\\}", " ")).append('\n'));
		return all.toString();
	}

	private static String context(String text, int at) {
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
	}

	private static String pdf(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> workbook(Path file) throws IOException {
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			for (Sheet sheet : workbook) {
				cells.add(sheet.getSheetName());
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING || (cell.getCellType() == CellType.FORMULA
								&& cell.getCachedFormulaResultType() == CellType.STRING)) {
							cells.add(cell.getStringCellValue());
						}
					}
				}
			}
		}
		return cells;
	}

	private static String mailText(Path eml) throws Exception {
		try (InputStream in = Files.newInputStream(eml)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			StringBuilder text = new StringBuilder(message.getSubject() + "\n");
			MimeMultipart parts = (MimeMultipart) message.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				if (part.isMimeType("text/plain")) {
					text.append(part.getContent());
				}
			}
			return text.toString();
		}
	}

}
