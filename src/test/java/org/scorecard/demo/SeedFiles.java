package org.scorecard.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing of the seed files: RFC 4180 CSV records and the XLSX submission form, byte for byte reproducible. */
final class SeedFiles {

	private SeedFiles() {
	}

	/** One record of a CSV file: fields to quote as needed, or a raw line written verbatim, or an empty line. */
	static final class Rec {
		final String[] fields;
		final String raw;
		String expect;
		String why;

		private Rec(String[] fields, String raw) {
			this.fields = fields;
			this.raw = raw;
		}

		static Rec of(String... fields) {
			return new Rec(fields, null);
		}

		static Rec raw(String line) {
			return new Rec(null, line);
		}

		static Rec blank() {
			return new Rec(null, "");
		}

		Rec expect(String code, String why) {
			this.expect = code;
			this.why = why;
			return this;
		}

		String text() {
			if (fields == null) {
				return raw;
			}
			List<String> out = new ArrayList<>();
			for (String f : fields) {
				out.add(quote(f));
			}
			return String.join(",", out);
		}
	}

	/** One data row of the XLSX form: a numeric value, or a text value (typed by a clerk), or none. */
	static final class XRow {
		final String indicator;
		final String name;
		final String unit;
		BigDecimal number;
		String text;
		String note;
		String expect;
		String why;

		XRow(String indicator, String name, String unit, BigDecimal number, String note) {
			this.indicator = indicator;
			this.name = name;
			this.unit = unit;
			this.number = number;
			this.note = note;
		}
	}

	/** A planted fault: file relative to the inbox, line (null for a whole file) and code. */
	record Planted(String file, Integer line, String code, String why) {
	}

	static String quote(String s) {
		if (s == null) {
			return "";
		}
		if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
		return s;
	}

	/**
	 * Renders the records; collects the planted faults with their physical line numbers (header = line 1;
	 * a record spanning lines is numbered by its first line).
	 */
	static String renderCsv(String header, List<Rec> recs, String eol, String file, List<Planted> planted) {
		StringBuilder sb = new StringBuilder();
		sb.append(header).append(eol);
		int line = 2;
		for (Rec r : recs) {
			String text = r.text();
			if (r.expect != null) {
				planted.add(new Planted(file, line, r.expect, r.why));
			}
			String body = eol.equals("\r\n") ? text.replace("\r\n", "\n").replace("\n", "\r\n") : text;
			sb.append(body).append(eol);
			line += 1 + count(text, '\n');
		}
		return sb.toString();
	}

	private static int count(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

	static void write(Path path, byte[] bytes) {
		try {
			Files.createDirectories(path.getParent());
			Files.write(path, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The submission form as the program's {@code template} command lays it out, filled in. */
	static byte[] workbook(String agency, String period, String submittedAt, String preparedBy, List<XRow> rows,
			String file, List<Planted> planted, Instant created) {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			var core = wb.getProperties().getCoreProperties();
			core.setCreator(preparedBy);
			core.setCreated(Optional.of(Date.from(created)));
			core.setModified(Optional.of(Date.from(created)));
			Font bold = wb.createFont();
			bold.setBold(true);
			CellStyle head = wb.createCellStyle();
			head.setFont(bold);
			Sheet s = wb.createSheet("Submission");
			s.setColumnWidth(0, 26 * 256);
			s.setColumnWidth(1, 52 * 256);
			s.setColumnWidth(2, 10 * 256);
			s.setColumnWidth(3, 16 * 256);
			s.setColumnWidth(4, 40 * 256);
			String[][] labels = { { "Agency", agency }, { "Period", period }, { "Submitted at", submittedAt },
					{ "Prepared by", preparedBy } };
			for (int i = 0; i < labels.length; i++) {
				Row r = s.createRow(i);
				Cell a = r.createCell(0);
				a.setCellValue(labels[i][0]);
				a.setCellStyle(head);
				r.createCell(1).setCellValue(labels[i][1]);
			}
			Row h = s.createRow(5);
			String[] cols = { "Indicator", "Name", "Unit", "Value", "Note" };
			for (int i = 0; i < cols.length; i++) {
				Cell c = h.createCell(i);
				c.setCellValue(cols[i]);
				c.setCellStyle(head);
			}
			int idx = 6;
			for (XRow x : rows) {
				Row r = s.createRow(idx);
				r.createCell(0).setCellValue(x.indicator);
				r.createCell(1).setCellValue(x.name);
				r.createCell(2).setCellValue(x.unit);
				if (x.number != null) {
					r.createCell(3).setCellValue(x.number.doubleValue());
				} else if (x.text != null) {
					r.createCell(3).setCellValue(x.text);
				}
				if (x.note != null && !x.note.isEmpty()) {
					r.createCell(4).setCellValue(x.note);
				}
				if (x.expect != null) {
					planted.add(new Planted(file, idx + 1, x.expect, x.why));
				}
				idx++;
			}
			ByteArrayOutputStream bos = new ByteArrayOutputStream();
			wb.write(bos);
			return normaliseZip(bos.toByteArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Text as a Windows-1258 editor stores it: base letters with their vowel marks precomposed, tone marks as
	 * separate combining characters; {@code getBytes(windows-1258)} of the result is the legacy encoding.
	 */
	static String cp1258Form(String s) {
		String d = Normalizer.normalize(s, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder();
		StringBuilder base = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		for (int i = 0; i < d.length(); i++) {
			char c = d.charAt(i);
			boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
				base.setLength(0);
				tones.setLength(0);
				base.append(c);
			} else if (tone) {
				tones.append(c);
			} else {
				base.append(c);
			}
		}
		out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
		return out.toString();
	}

	/** Rewrites a zip with fixed entry times so that regenerating gives identical bytes. */
	static byte[] normaliseZip(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream zo = new ZipOutputStream(out)) {
			zo.setLevel(6);
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				ZipEntry n = new ZipEntry(e.getName());
				n.setTimeLocal(LocalDateTime.of(2026, 1, 1, 0, 0));
				zo.putNextEntry(n);
				in.transferTo(zo);
				zo.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
