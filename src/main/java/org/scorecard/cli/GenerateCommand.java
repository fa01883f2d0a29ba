package org.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scorecard.generate.GenerateResult;
import org.scorecard.generate.GenerateSettings;
import org.scorecard.generate.Generator;
import org.scorecard.text.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "Write a synthetic data set for load tests: OUT/reference/*.csv and one submission per reporting "
				+ "agency and month under OUT/submissions (CSV, a share as XLSX forms), with a share of faulty rows.",
				"Then: scorecard run --reference OUT/reference --inbox OUT/submissions --period END-PERIOD" })
class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--agencies", paramLabel = "N", required = true, description = "Agencies in the tree (at least 4).")
	int agencies;

	@Option(names = "--indicators", paramLabel = "M", required = true,
			description = "Indicators (1 to 200; two of them derived from 6 on).")
	int indicators;

	@Option(names = "--months", paramLabel = "K", required = true, description = "Months of submissions, ending at --end-period.")
	int months;

	@Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write (new or empty).")
	Path out;

	@Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed: the same seed writes the same files (default: ${DEFAULT-VALUE}).")
	long seed;

	@Option(names = "--xlsx-share", paramLabel = "FRACTION", defaultValue = "0.05",
			description = "Share of the submissions written as XLSX forms (default: ${DEFAULT-VALUE}).")
	double xlsxShare;

	@Option(names = "--fault-share", paramLabel = "FRACTION", defaultValue = "0.001",
			description = "Share of the rows made faulty: bad values, unknown indicators, duplicates (default: ${DEFAULT-VALUE}).")
	double faultShare;

	@Option(names = "--end-period", paramLabel = "YYYY-MM", defaultValue = "2026-10",
			description = "The last month of submissions (default: ${DEFAULT-VALUE}).")
	String endPeriod;

	@Override
	public Integer call() throws IOException {
		GenerateSettings settings;
		try {
			settings = new GenerateSettings(agencies, indicators, months, out, seed, xlsxShare, faultShare,
					CommonOptions.period(endPeriod));
		}
		catch (IllegalArgumentException ex) {
			throw UsageException.text(ex.getMessage());
		}
		for (String sub : new String[] { "reference", "submissions" }) {
			Path folder = out.resolve(sub);
			if (Files.exists(folder) && !isEmptyFolder(folder)) {
				throw new UsageException(Message.of("usage.generate.not_empty", "folder", folder));
			}
		}
		if (Files.exists(out) && !Files.isDirectory(out)) {
			throw new UsageException(Message.of("usage.generate.file", "out", out));
		}
		PrintWriter console = spec.commandLine().getOut();
		GenerateResult result = Generator.generate(settings, line -> {
			console.println(line);
			console.flush();
		});
		console.printf(Locale.ROOT, "Generated %s (seed %d)%n", out, seed);
		console.printf(Locale.ROOT, "  reference:   %s%n", out.resolve("reference"));
		console.printf(Locale.ROOT, "  submissions: %s%n", out.resolve("submissions"));
		console.printf(Locale.ROOT, "agencies: %,d (%,d report)%n", result.agencies(), result.reportingAgencies());
		console.printf(Locale.ROOT, "indicators: %,d (%d derived)%n", result.indicators(), result.derivedIndicators());
		console.printf(Locale.ROOT, "months: %d (%s to %s)%n", result.months(), result.firstPeriod(), result.endPeriod());
		console.printf(Locale.ROOT, "targets: %,d; tasks: %,d%n", result.targets(), result.tasks());
		console.printf(Locale.ROOT, "files: %,d (%,d CSV, %,d XLSX)%n", result.files(), result.csvFiles(), result.xlsxFiles());
		console.printf(Locale.ROOT, "rows: %,d%n", result.rows());
		console.printf(Locale.ROOT, "faulty rows: %,d planned (%s)%n", result.faulty(), result.faultsByCode()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining(", ")));
		console.printf(Locale.ROOT, "seconds: %.1f%n", result.seconds());
		console.printf(Locale.ROOT, "Run it: scorecard run --reference %s --inbox %s --period %s%n", out.resolve("reference"),
				out.resolve("submissions"), result.endPeriod());
		return Cli.OK;
	}

	private static boolean isEmptyFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

}
