package org.scorecard.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.scorecard.csv.CsvLine;

/**
 * The rows of an XLSX form as {@code scorecard template} writes it, read with a streaming reader:
 * label rows ({@code Agency}, {@code Period}, {@code Submitted at}, {@code Prepared by}) found by their
 * labels, then a header row that begins with {@code Indicator}, then one row per indicator. A row
 * whose Value is empty was not reported and is not a row.
 */
final class XlsxRowSource implements RowSource {

	static final String AGENCY = "agency";

	static final String PERIOD = "period";

	static final String SUBMITTED_AT = "submitted at";

	private final SubmissionFile file;

	private final Workbook workbook;

	private final String sheetName;

	private final Iterator<Row> rows;

	private final Map<String, String> labels = new HashMap<>();

	private final Map<String, Integer> columns = new HashMap<>();

	private RawRow lookahead;

	XlsxRowSource(SubmissionFile file) throws IOException {
		this.file = file;
		try {
			this.workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.location().toFile());
			Sheet sheet = workbook.getSheetAt(0);
			this.sheetName = sheet.getSheetName();
			this.rows = sheet.rowIterator();
			readLabelsAndHeader();
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new UnreadableFileException("it is not a readable XLSX workbook (" + ex.getMessage() + ")");
		}
	}

	private void readLabelsAndHeader() {
		while (rows.hasNext()) {
			Row row = rows.next();
			String first = text(row.getCell(0));
			if (first == null || first.isEmpty()) {
				continue;
			}
			String label = first.toLowerCase(Locale.ROOT);
			if (label.equals("indicator")) {
				for (Cell cell : row) {
					String name = text(cell);
					if (name != null) {
						columns.putIfAbsent(name.toLowerCase(Locale.ROOT), cell.getColumnIndex());
					}
				}
				return;
			}
			labels.putIfAbsent(label, text(row.getCell(1)));
		}
		throw new UnreadableFileException("its first sheet has no header row beginning with 'Indicator'");
	}

	@Override
	public boolean hasNext() {
		while (lookahead == null && nextRow()) {
			// nextRow sets lookahead when the row holds a value
		}
		return lookahead != null;
	}

	private boolean nextRow() {
		try {
			if (!rows.hasNext()) {
				return false;
			}
			Row row = rows.next();
			String value = text(cell(row, "value"));
			if (value == null || value.isEmpty()) {
				return true;
			}
			lookahead = toRawRow(row, value);
			return true;
		}
		catch (RuntimeException ex) {
			throw new UnreadableFileException("it cannot be read to the end (" + ex.getMessage() + ")");
		}
	}

	private RawRow toRawRow(Row row, String value) {
		long line = row.getRowNum() + 1L;
		String raw = rawText(row);
		List<String> missing = new ArrayList<>();
		for (String label : List.of(AGENCY, PERIOD, SUBMITTED_AT)) {
			if (!labels.containsKey(label)) {
				missing.add("'" + label + "'");
			}
		}
		if (!missing.isEmpty()) {
			return RawRow.malformed(file.fileId(), line, sheetName, raw,
					"the form lacks the label row(s) " + String.join(", ", missing));
		}
		return new RawRow(file.fileId(), line, sheetName, trim(labels.get(AGENCY)), trim(labels.get(PERIOD)),
				trim(text(cell(row, "indicator"))), value, trim(text(cell(row, "unit"))),
				trim(labels.get(SUBMITTED_AT)), trim(text(cell(row, "note"))), raw, null);
	}

	@Override
	public RawRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRow row = lookahead;
		lookahead = null;
		return row;
	}

	private Cell cell(Row row, String column) {
		Integer index = columns.get(column);
		return index == null ? null : row.getCell(index);
	}

	private static String rawText(Row row) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
			String text = text(row.getCell(i));
			cells.add(text == null ? "" : text);
		}
		return new CsvLine(0, cells, false).raw();
	}

	/** A cell as text: numbers exactly as Excel shows them, dates as ISO date-times, formulas as written. */
	static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> numeric(cell);
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
			case FORMULA -> "=" + cell.getCellFormula();
			default -> null;
		};
	}

	private static String numeric(Cell cell) {
		if (DateUtil.isCellDateFormatted(cell)) {
			LocalDateTime date = cell.getLocalDateTimeCellValue();
			return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
		}
		return new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue())).toPlainString();
	}

	private static String trim(String text) {
		return text == null ? null : text.strip();
	}

	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
