package org.scorecard.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.scorecard.reference.BrokenReferenceException;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;

/**
 * Writes a synthetic data set: {@code OUT/reference/{agencies,indicators,targets,tasks,rules}.csv} and
 * {@code OUT/submissions/YYYY/YYYY-MM/CODE-YYYY-MM.csv|xlsx}, one submission per reporting agency and
 * month, each a few days after its month (a few late), and a known number of faulty rows (bad values,
 * unknown indicators, exact duplicates), each rejected with its own code. Files are written one at a
 * time; nothing but the agency tree and the indicators is kept in memory.
 */
public final class Generator {

	/** Header of a submission CSV. */
	static final String HEADER = "agency,period,indicator,value,unit,submitted_at,note";

	/** The planted faults and the code each is rejected with. */
	enum Fault {

		BAD_VALUE, UNKNOWN_INDICATOR, DUPLICATE

	}

	private static final String[] BAD_VALUES = { "n/a", "1.234,56", "12 500", "-", "12,5", "1e3", "~40" };

	private static final String[] NOTES = { "Số liệu ước tính, sẽ cập nhật khi có số chính thức",
			"Đã bao gồm số liệu của các đơn vị trực thuộc", "Preliminary figure", "Theo báo cáo nhanh của Cục Thống kê" };

	private final GenerateSettings settings;

	private final Consumer<String> progress;

	private final List<Catalogue.Ind> indicators;

	private final List<Tree.Node> agencies;

	private final Series series;

	private final Map<String, Long> faults = new TreeMap<>();

	private long rows;

	private long csvFiles;

	private long xlsxFiles;

	private Generator(GenerateSettings settings, Consumer<String> progress) {
		this.settings = settings;
		this.progress = progress;
		this.indicators = Catalogue.of(settings.indicators());
		this.agencies = Tree.of(settings.agencies(), settings.seed(), indicators);
		this.series = new Series(settings.seed(), agencies, indicators);
		for (Fault fault : Fault.values()) {
			faults.put(fault.name(), 0L);
		}
	}

	/** Generates the set; {@code progress} receives a line every few seconds. */
	public static GenerateResult generate(GenerateSettings settings, Consumer<String> progress) throws IOException {
		return new Generator(settings, progress).run();
	}

	private GenerateResult run() throws IOException {
		long started = System.nanoTime();
		Path reference = settings.out().resolve("reference");
		Path inbox = settings.out().resolve("submissions");
		Files.createDirectories(reference);
		Files.createDirectories(inbox);
		References refs = new References(settings, agencies, indicators, series);
		int targets = refs.write(reference);
		ReferenceData data;
		try {
			data = ReferenceLoader.load(reference);
		}
		catch (BrokenReferenceException ex) {
			throw new IllegalStateException("the generated reference data is broken: " + ex.problems(), ex);
		}
		Path scratch = Files.createTempDirectory(settings.out(), ".generate-");
		try {
			Forms forms = new Forms(data, scratch);
			long reporting = agencies.stream().filter(a -> a.reports).count();
			long total = reporting * settings.months();
			long done = 0;
			long lastReport = System.nanoTime();
			for (YearMonth period = settings.firstPeriod(); !period.isAfter(settings.endPeriod()); period = period.plusMonths(1)) {
				Path folder = inbox.resolve(Integer.toString(period.getYear())).resolve(period.toString());
				Files.createDirectories(folder);
				for (Tree.Node agency : agencies) {
					if (!agency.reports) {
						continue;
					}
					submission(agency, period, folder, forms);
					done++;
					if (System.nanoTime() - lastReport > 5_000_000_000L) {
						lastReport = System.nanoTime();
						progress.accept(String.format(Locale.ROOT, "generated %,d of %,d files, %,d rows", done, total, rows));
					}
				}
			}
		}
		finally {
			deleteTree(scratch);
		}
		long faulty = faults.values().stream().mapToLong(Long::longValue).sum();
		int derived = (int) indicators.stream().filter(Catalogue.Ind::derived).count();
		return new GenerateResult(settings.out(), agencies.size(), (int) agencies.stream().filter(a -> a.reports).count(),
				indicators.size(), derived, settings.months(), settings.firstPeriod(), settings.endPeriod(), csvFiles,
				xlsxFiles, rows, faulty, Collections.unmodifiableMap(faults), targets, refs.tasks(),
				(System.nanoTime() - started) / 1e9);
	}

	/** One data row of a submission. */
	static final class Row {

		final Catalogue.Ind indicator;

		String code;

		BigDecimal number;

		String text;

		String unit;

		String note;

		boolean duplicated;

		Row(Catalogue.Ind indicator) {
			this.indicator = indicator;
			this.code = indicator.code();
		}

		String valueText() {
			return text != null ? text : number.toPlainString();
		}

	}

	private void submission(Tree.Node agency, YearMonth period, Path folder, Forms forms) throws IOException {
		long seed = settings.seed();
		int a = agency.index;
		int month = (period.getYear() - 2000) * 12 + period.getMonthValue() - 1;
		boolean xlsx = Hash.unit(seed, 40, a, month) < settings.xlsxShare();
		List<Row> list = new ArrayList<>(agency.reported + 2);
		for (Catalogue.Ind ind : indicators) {
			if (!agency.reports(ind.index())) {
				continue;
			}
			int i = ind.index();
			Row row = new Row(ind);
			row.number = series.value(a, i, month);
			row.unit = ind.unit();
			if (Hash.unit(seed, 30, a, month, i) < settings.faultShare()) {
				Fault fault = Fault.values()[(int) (Hash.unit(seed, 31, a, month, i) * Fault.values().length)];
				switch (fault) {
					case BAD_VALUE -> row.text = BAD_VALUES[(int) (Hash.unit(seed, 32, a, month, i) * BAD_VALUES.length)];
					case UNKNOWN_INDICATOR -> row.code = ind.code().toLowerCase(Locale.ROOT);
					case DUPLICATE -> row.duplicated = true;
				}
				faults.merge(fault.name(), 1L, Long::sum);
			}
			else if (!xlsx) {
				double u = Hash.unit(seed, 33, a, month, i);
				if (u < 0.03 && ind.unit().equals("USD_M")) {
					row.number = row.number.movePointRight(3);
					row.unit = "USD_K";
				}
				else if (u < 0.03 && ind.unit().equals("VND_BN")) {
					row.number = row.number.movePointRight(3);
					row.unit = "VND_M";
				}
				else if (u > 0.95) {
					row.unit = "";
				}
			}
			if (Hash.unit(seed, 34, a, month, i) < 0.01) {
				row.note = NOTES[(int) (Hash.unit(seed, 35, a, month, i) * NOTES.length)];
			}
			list.add(row);
			rows += row.duplicated ? 2 : 1;
		}
		String submittedAt = submittedAt(a, month, period);
		String name = agency.code + "-" + period;
		if (xlsx) {
			byte[] bytes = forms.form(agency.code, period, submittedAt, preparedBy(a), list);
			Files.write(folder.resolve(name + ".xlsx"), bytes);
			xlsxFiles++;
		}
		else {
			try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(name + ".csv"), StandardCharsets.UTF_8)) {
				out.write(HEADER);
				out.write('\n');
				for (Row row : list) {
					String line = String.join(",", agency.code, period.toString(), row.code, Csv.quote(row.valueText()),
							row.unit, submittedAt, Csv.quote(row.note));
					out.write(line);
					out.write('\n');
					if (row.duplicated) {
						out.write(line);
						out.write('\n');
					}
				}
			}
			csvFiles++;
		}
	}

	/** A few days after the month ends, 08:00 to 17:59 in Hanoi; about one in twelve after the 5-day deadline. */
	private String submittedAt(int agency, int month, YearMonth period) {
		long seed = settings.seed();
		boolean late = Hash.unit(seed, 50, agency, month) < 0.08;
		int days = (late ? 6 : 1) + (int) (Hash.unit(seed, 51, agency, month) * 5);
		LocalDate date = period.atEndOfMonth().plusDays(days);
		int hour = 8 + (int) (Hash.unit(seed, 52, agency, month) * 10);
		int minute = (int) (Hash.unit(seed, 53, agency, month) * 60);
		return String.format(Locale.ROOT, "%sT%02d:%02d:00+07:00", date, hour, minute);
	}

	private static final String[] OFFICERS = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung",
			"Hoàng Minh Đức", "Vũ Thị Hạnh", "Đặng Quốc Khánh", "Bùi Thị Lan", "Đỗ Thanh Sơn", "Ngô Phương Thảo" };

	private String preparedBy(int agency) {
		return OFFICERS[(int) (Hash.unit(settings.seed(), 60, agency) * OFFICERS.length)] + ", 024 3825 "
				+ String.format(Locale.ROOT, "%04d", (int) (Hash.unit(settings.seed(), 61, agency) * 10000));
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
