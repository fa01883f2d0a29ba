package org.scorecard.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.scorecard.Fixtures;

/**
 * A workbook as LibreOffice recalculates it: a copy, after a change and with every cached formula
 * value blanked (numbers set to 0, texts to "stale", so nothing but a recalculation can bring the
 * figures back), exported sheet by sheet to CSV. Skips the test where LibreOffice is not installed.
 */
final class LibreOfficeRecalculation {

	private LibreOfficeRecalculation() {
	}

	/** Every row of each of {@code sheets} (by name, in any language) as recalculated. */
	static Map<String, List<CsvRecord>> recalculate(Path file, Path dir, String name, Consumer<XSSFWorkbook> change,
			List<String> sheets) throws Exception {
		Path soffice = Stream.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed");
		String base = file.getFileName().toString().replaceFirst("\\.xlsx$", "");
		Path copy = dir.resolve(name + "/" + file.getFileName());
		Files.createDirectories(copy.getParent());
		int blanked = 0;
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			change.accept(workbook);
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.FORMULA) {
							if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
								cell.setCellValue(0);
							}
							else if (cell.getCachedFormulaResultType() == CellType.STRING) {
								cell.setCellValue("stale");
							}
							blanked++;
						}
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(copy)) {
				workbook.write(out);
			}
		}
		assertThat(blanked).isGreaterThan(1000);
		Path profile = dir.resolve("lo-profile-" + name);
		Fixtures.write(profile.resolve("user/registrymodifications.xcu"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
				<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
				</oor:items>
				""");
		Path csvDir = dir.resolve("csv-" + name);
		// every sheet, each to its own file named after it (sheet number -1), in UTF-8 (76)
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
				csvDir.toString(), copy.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice-" + name + ".log").toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("LibreOffice finished").isTrue();
		Map<String, List<CsvRecord>> recalculated = new HashMap<>();
		for (String sheet : sheets) {
			List<CsvRecord> records = new ArrayList<>();
			try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csvDir.resolve(base + "-" + sheet + ".csv"))) {
				reader.forEach(records::add);
			}
			recalculated.put(sheet, records);
		}
		return recalculated;
	}

}
