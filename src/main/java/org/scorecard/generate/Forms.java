package org.scorecard.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scorecard.reference.ReferenceData;
import org.scorecard.template.TemplateWriter;

/**
 * XLSX submissions: the form exactly as {@code scorecard template} writes it ({@link TemplateWriter}),
 * filled in by a clerk: submitted at, prepared by, a value for each indicator the agency reports (the
 * other rows left empty), a duplicated row appended below the table. Zip entry times and the document's
 * dates are fixed, so the same seed gives the same bytes.
 */
final class Forms {

	private final ReferenceData reference;

	private final Path scratch;

	Forms(ReferenceData reference, Path scratch) {
		this.reference = reference;
		this.scratch = scratch;
	}

	byte[] form(String agency, YearMonth period, String submittedAt, String preparedBy, List<Generator.Row> rows)
			throws IOException {
		Path blank = scratch.resolve("form.xlsx");
		TemplateWriter.write(reference, reference.agencies().get(agency), period, blank);
		try (InputStream in = Files.newInputStream(blank); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet(TemplateWriter.SHEET);
			sheet.getRow(2).getCell(1).setCellValue(submittedAt);
			sheet.getRow(3).getCell(1).setCellValue(preparedBy);
			Map<String, Row> byCode = new HashMap<>();
			for (int r = TemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(0) != null) {
					byCode.put(row.getCell(0).getStringCellValue(), row);
				}
			}
			int next = sheet.getLastRowNum() + 1;
			for (Generator.Row data : rows) {
				Row row = byCode.get(data.indicator.code());
				if (row == null) {
					throw new IllegalStateException("the form of " + agency + " has no row for " + data.indicator.code());
				}
				fill(row, data);
				if (data.duplicated) {
					Row copy = sheet.createRow(next++);
					copy.createCell(0).setCellValue(data.code);
					copy.createCell(1).setCellValue(row.getCell(1).getStringCellValue());
					copy.createCell(2).setCellValue(row.getCell(2).getStringCellValue());
					copy.createCell(3).setCellStyle(row.getCell(3).getCellStyle());
					copy.createCell(4).setCellStyle(row.getCell(4).getCellStyle());
					fill(copy, data);
				}
			}
			Date date = Date.from(LocalDateTime.parse(submittedAt.substring(0, 19)).toInstant(ZoneOffset.ofHours(7)));
			var core = workbook.getProperties().getCoreProperties();
			core.setCreator(preparedBy);
			core.setCreated(Optional.of(date));
			core.setModified(Optional.of(date));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
			workbook.write(bytes);
			return fixedTimes(bytes.toByteArray());
		}
	}

	private static void fill(Row row, Generator.Row data) {
		if (!data.code.equals(data.indicator.code())) {
			row.getCell(0).setCellValue(data.code);
		}
		Cell value = row.getCell(3);
		if (data.text != null) {
			value.setCellValue(data.text);
		}
		else {
			value.setCellValue(data.number.doubleValue());
		}
		if (data.note != null) {
			row.getCell(4).setCellValue(data.note);
		}
	}

	/** Rewrites the zip with fixed entry times. */
	private static byte[] fixedTimes(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream zo = new ZipOutputStream(out)) {
			zo.setLevel(6);
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
				zo.putNextEntry(copy);
				in.transferTo(zo);
				zo.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
