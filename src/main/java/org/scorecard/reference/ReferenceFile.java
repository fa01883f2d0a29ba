package org.scorecard.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.scorecard.csv.CsvLine;
import org.scorecard.csv.CsvSource;
import org.scorecard.text.Message;

/**
 * One reference CSV file read row by row: columns found by header name, fields trimmed, and every
 * problem recorded with the file name and line rather than thrown.
 */
final class ReferenceFile {

	/** Agency and indicator codes. */
	static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");

	private final String name;

	private final List<ReferenceProblem> problems;

	/** Header names found more than once; a column read by name must not be one of them. */
	private java.util.Set<String> duplicated = java.util.Set.of();

	ReferenceFile(String name, List<ReferenceProblem> problems) {
		this.name = name;
		this.problems = problems;
	}

	/** Reads every row of {@code dir/name}; a missing optional file reads as empty. */
	void read(Path dir, boolean required, List<String> requiredColumns, Consumer<Row> rowHandler) {
		Path file = dir.resolve(name);
		if (!Files.isRegularFile(file)) {
			if (required) {
				problem(0, Message.of("reference.file.missing", "dir", dir.toString()));
			}
			return;
		}
		try (CsvSource csv = CsvSource.open(file)) {
			List<String> missing = new ArrayList<>();
			for (String column : requiredColumns) {
				if (csv.column(column) < 0) {
					missing.add(column);
				}
			}
			if (!missing.isEmpty()) {
				problem(1, Message.of("reference.header.missing", "columns", String.join(", ", missing)));
				return;
			}
			duplicated = new java.util.HashSet<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (String column : csv.header()) {
				String name = column.toLowerCase(java.util.Locale.ROOT);
				if (!name.isEmpty() && !seen.add(name)) {
					duplicated.add(name);
				}
			}
			while (csv.hasNext()) {
				CsvLine line = csv.next();
				if (line.unterminatedQuote()) {
					problem(line.line(), Message.of("reference.quote"));
				}
				else if (line.fieldCount() != csv.header().size()) {
					problem(line.line(), Message.of("reference.fields", "count", line.fieldCount(), "header",
							csv.header().size()));
				}
				else {
					rowHandler.accept(new Row(csv, line));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			problem(0, Message.of("reference.file.unreadable", "detail", String.valueOf(ex.getMessage())));
		}
	}

	void problem(long line, Message message) {
		problems.add(new ReferenceProblem(name, line, message));
	}

	/** A row of the file; {@link #get} returns the trimmed field, or "" when the column is absent. */
	final class Row {

		private final CsvSource csv;

		private final CsvLine line;

		Row(CsvSource csv, CsvLine line) {
			this.csv = csv;
			this.line = line;
		}

		long line() {
			return line.line();
		}

		String get(String column) {
			if (duplicated.remove(column)) {
				ReferenceFile.this.problem(1, Message.of("reference.header.twice", "column", column));
			}
			String value = line.field(csv.column(column));
			return value == null ? "" : value;
		}

		/**
		 * The field, which the database keeps in at most {@code max} characters: a longer one is a
		 * problem of this line (checked before anything is stored, so a run never fails on it later).
		 */
		String get(String column, int max) {
			String value = get(column);
			if (value.length() > max) {
				problem(Message.of("reference.too_long", "column", column, "length", value.length(), "max", max));
			}
			return value;
		}

		void problem(Message message) {
			ReferenceFile.this.problem(line.line(), message);
		}

	}


	static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(text)) {
				return constant;
			}
		}
		return null;
	}

}
