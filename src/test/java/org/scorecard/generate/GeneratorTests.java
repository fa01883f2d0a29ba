package org.scorecard.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Summary;
import org.scorecard.cli.Cli;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A tiny generated set (12 agencies, 8 indicators, 14 months) runs through the real job: every row the
 * generator says it wrote is read, exactly the planted faulty rows are rejected, with the planted codes.
 * The counts are checked three ways: the generator's own, a count made here by reading the files
 * (independently of the job's readers), and the job's.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1")
class GeneratorTests {

	private static final YearMonth END = YearMonth.of(2026, 10);

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	private static GenerateSettings tiny(Path out, long seed) {
		return new GenerateSettings(12, 8, 14, out, seed, 0.25, 0.03, END);
	}

	@Test
	void aGeneratedSetRunsWithEveryRowReadAndExactlyThePlantedRowsRejected() throws Exception {
		Path set = dir.resolve("set");
		GenerateResult generated = Generator.generate(tiny(set, 7), line -> {
		});
		Path reference = set.resolve("reference");
		Path inbox = set.resolve("submissions");

		// the tree and the indicators: 12 agencies (the nation aggregates, 11 report), 8 indicators of which
		// 2 derived, one file per reporting agency and month
		ReferenceData data = ReferenceLoader.load(reference);
		assertThat(data.agencies()).hasSize(12);
		assertThat(data.agencies().values().stream().filter(a -> !a.reports()).map(a -> a.code())).containsExactly("VN");
		assertThat(data.indicators().keySet()).containsExactly("EXPORTS", "IMPORTS", "PROC_TOTAL", "PROC_DECENTRALISED",
				"TRADE_BALANCE", "PROC_SHARE", "BUDGET_REVENUE", "CPI");
		assertThat(data.rules()).hasSize(1);
		assertThat(data.tasks()).hasSize(3);
		assertThat(data.targets()).isNotEmpty().allMatch(t -> t.year() == 2026);
		assertThat(generated.reportingAgencies()).isEqualTo(11);
		assertThat(generated.files()).isEqualTo(11 * 14);
		assertThat(generated.xlsxFiles()).isPositive();
		assertThat(generated.csvFiles()).isPositive();

		// the files, read here: data rows and the faults planted in them
		FileCount counted = count(inbox, data.indicators().keySet());
		assertThat(counted.files).isEqualTo(generated.files());
		assertThat(counted.rows).isEqualTo(generated.rows());
		assertThat(counted.faults).isEqualTo(generated.faultsByCode());
		// seed 7 (pinned, and each number equals the count above): 6 indicators can be submitted; MOIT and HN
		// report all 6 and the mission and 8 departments a subset, 14 months; 21 rows planted faulty
		assertThat(generated.rows()).isEqualTo(EXPECTED_ROWS);
		assertThat(generated.faulty()).isEqualTo(EXPECTED_FAULTY);
		assertThat(generated.faultsByCode().values()).allMatch(n -> n > 0);

		RunOutcome outcome = launcher.launch(new RunRequest(END, reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false));
		assertThat(outcome.completed()).as(outcome.failure()).isTrue();
		assertThat(outcome.run().rowsRead()).isEqualTo(generated.rows());
		assertThat(outcome.run().rowsRejected()).isEqualTo(generated.faulty());
		assertThat(outcome.run().rowsAccepted()).isEqualTo(generated.rows() - generated.faulty());

		Path period = dir.resolve("out/2026-10");
		Map<String, Long> rejected = new TreeMap<>();
		try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = CsvReader.builder()
			.ofCsvRecord(period.resolve("rejects.csv"))) {
			reader.stream().skip(1).forEach(r -> rejected.merge(r.getField(5), 1L, Long::sum));
		}
		assertThat(rejected).isEqualTo(generated.faultsByCode());

		Summary summary = Summary.read(period.resolve("summary.json"));
		assertThat(summary.root().get("inputs")).hasSize((int) generated.files());
		assertThat(summary.results()).isNotEmpty();
		// the nation reports nothing: its figures are rolled up, derived ones included
		assertThat(summary.result("VN", "EXPORTS").get("rolled_up").asBoolean()).isTrue();
		assertThat(summary.result("VN", "TRADE_BALANCE").get("ytd").isNull()).isFalse();
		assertThat(summary.result("VN", "PROC_SHARE").get("ytd").isNull()).isFalse();
		List<String> statuses = new ArrayList<>();
		summary.root().get("results").forEach(r -> statuses.add(r.get("status").asText()));
		assertThat(statuses).contains("achieved", "no_target").hasSizeGreaterThan(3);
		JsonNode reporting = summary.root().get("reporting");
		assertThat(reporting.get("expected").asInt()).isEqualTo(11);
		assertThat(reporting.get("missing").asInt()).isZero();
		try (Stream<Path> scorecards = Files.list(period.resolve("agencies"))) {
			assertThat(scorecards.count()).isEqualTo(11);
		}
	}

	/** seed 7: the generator's printed counts for the tiny set, also counted from the files by this test. */
	private static final long EXPECTED_ROWS = 819;

	private static final long EXPECTED_FAULTY = 21;

	@Test
	void theSameSeedWritesTheSameBytesAndAnotherSeedOtherFigures() throws Exception {
		Generator.generate(tiny(dir.resolve("a"), 7), line -> {
		});
		Generator.generate(tiny(dir.resolve("b"), 7), line -> {
		});
		Generator.generate(tiny(dir.resolve("c"), 8), line -> {
		});
		assertThat(digest(dir.resolve("a"))).isEqualTo(digest(dir.resolve("b")));
		assertThat(digest(dir.resolve("a"))).isNotEqualTo(digest(dir.resolve("c")));
	}

	@Test
	void theCommandPrintsWhatItWroteAndRefusesWrongOptions() throws Exception {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		Path set = dir.resolve("cli");
		int status = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), "generate", "--agencies", "12",
				"--indicators", "8", "--months", "14", "--seed", "7", "--xlsx-share", "0.25", "--fault-share", "0.03",
				"--out", set.toString());
		assertThat(status).as(err.toString()).isZero();
		assertThat(out.toString()).contains("agencies: 12 (11 report)", "indicators: 8 (2 derived)",
				"months: 14 (2025-09 to 2026-10)", "files: 154 (", "rows: " + EXPECTED_ROWS + "\n",
				"faulty rows: " + EXPECTED_FAULTY + " planned (", "seconds: ");

		// the same folder again: refused, nothing overwritten
		assertThat(Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), "generate", "--agencies", "12",
				"--indicators", "8", "--months", "14", "--out", set.toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("already holds files");
		for (String[] wrong : new String[][] { { "--agencies", "3" }, { "--months", "0" }, { "--fault-share", "0.9" },
				{ "--xlsx-share", "2" }, { "--end-period", "2026-13" } }) {
			List<String> args = new ArrayList<>(List.of("generate", "--agencies", "12", "--indicators", "8", "--months",
					"14", "--out", dir.resolve("wrong").toString()));
			args.addAll(List.of(wrong));
			StringWriter e = new StringWriter();
			assertThat(Cli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(e, true),
					args.toArray(String[]::new))).as(String.join(" ", wrong)).isEqualTo(Cli.USAGE);
			assertThat(e.toString()).isNotBlank();
		}
		assertThatThrownBy(() -> new GenerateSettings(12, 0, 14, dir, 1, 0, 0, END))
			.isInstanceOf(IllegalArgumentException.class);
	}

	// ---------------------------------------------------------------- an independent count of the files

	private record FileCount(long files, long rows, Map<String, Long> faults) {
	}

	/**
	 * Data rows: CSV lines after the header; XLSX form rows below the Indicator header with a Value. A
	 * row is planted faulty when its indicator is not a code (UNKNOWN_INDICATOR), its value is not a
	 * plain decimal (BAD_VALUE), or it repeats an earlier row of its file (DUPLICATE).
	 */
	private static FileCount count(Path inbox, Set<String> codes) throws Exception {
		long files = 0;
		long rows = 0;
		Map<String, Long> faults = new TreeMap<>(Map.of("BAD_VALUE", 0L, "DUPLICATE", 0L, "UNKNOWN_INDICATOR", 0L));
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(inbox)) {
			paths = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : paths) {
			files++;
			List<String[]> data = new ArrayList<>();
			if (file.toString().endsWith(".csv")) {
				try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
					reader.stream().skip(1).forEach(r -> data.add(new String[] { r.getField(2), r.getField(3) }));
				}
			}
			else {
				try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
					Sheet sheet = workbook.getSheetAt(0);
					boolean table = false;
					for (Row row : sheet) {
						String first = text(row.getCell(0));
						if (!table) {
							table = "Indicator".equals(first);
							continue;
						}
						String value = text(row.getCell(3));
						if (value != null && !value.isEmpty()) {
							data.add(new String[] { first, value });
						}
					}
				}
			}
			Set<String> seen = new HashSet<>();
			for (String[] row : data) {
				rows++;
				String fault = !codes.contains(row[0]) ? "UNKNOWN_INDICATOR"
						: !row[1].matches("[+-]?\\d+(\\.\\d+)?") ? "BAD_VALUE"
								: !seen.add(row[0] + "=" + row[1]) ? "DUPLICATE" : null;
				if (fault != null) {
					faults.merge(fault, 1L, Long::sum);
				}
			}
		}
		return new FileCount(files, rows, faults);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		return cell.getCellType() == CellType.NUMERIC ? new java.math.BigDecimal(Double.toString(cell.getNumericCellValue()))
			.stripTrailingZeros()
			.toPlainString() : cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : null;
	}

	private static String digest(Path root) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : paths) {
			sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
			sha.update(Files.readAllBytes(file));
		}
		return paths.size() + " files, sha-256 " + new BigInteger(1, sha.digest()).toString(16);
	}

}
