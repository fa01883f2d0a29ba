package org.scorecard.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scorecard.reference.ReferenceData;
import org.scorecard.period.Cutoff;
import org.scorecard.text.Messages;

/**
 * Checks submission files without storing anything, for {@code scorecard validate}: every row check,
 * and ties between the given files, with the same readers and checks as a run. Problems come back in
 * file, sheet and line order; notes say which files and sheets were skipped and why.
 */
public final class Validation {

	/** One problem: {@code line} is 0 for a whole file; a workbook's message begins with its sheet. */
	public record Problem(String file, int sheetNo, String sheet, long line, RejectCode code, String message) {

		@Override
		public String toString() {
			return line > 0 ? file + ":" + line + ": " + code + " " + message : file + ": " + code + " " + message;
		}

	}

	/** A file or sheet that was skipped, and why. */
	public record Note(String file, String text) {

		@Override
		public String toString() {
			return file + ": " + text;
		}

	}

	/** A row that a run would store as accepted, with its value in the indicator's unit. */
	public record Accepted(String file, int sheetNo, String sheet, long line, String agency, String period,
			String indicator, BigDecimal value) {
	}

	/**
	 * Everything validation found: problems, notes, the rows that would be accepted, and for each
	 * workbook what became of each of its sheets.
	 */
	public record Outcome(List<Problem> problems, List<Note> notes, List<Accepted> accepted,
			Map<String, List<SheetOutcome>> sheets) {
	}

	private final RowChecker checker;

	private final Messages messages;

	public Validation(ReferenceData reference, Cutoff cutoff) {
		this(reference, cutoff, Messages.english());
	}

	/** Every message and note in the language of {@code messages}. */
	public Validation(ReferenceData reference, Cutoff cutoff, Messages messages) {
		this.checker = new RowChecker(reference, cutoff, messages);
		this.messages = messages;
	}

	public List<Problem> validate(List<Path> files) {
		return check(files).problems();
	}

	public Outcome check(List<Path> files) {
		List<Problem> problems = new ArrayList<>();
		List<Note> notes = new ArrayList<>();
		Map<String, List<Accepted>> ties = new LinkedHashMap<>();
		Map<String, List<SheetOutcome>> sheets = new LinkedHashMap<>();
		int fileId = 0;
		for (Path path : files) {
			String name = path.toString();
			SubmissionFile file = Inbox.file(++fileId, name, path, messages);
			if (file.kind() == FileKind.SKIPPED) {
				notes.add(new Note(name, messages.format("note.file_skipped", "reason", file.reason())));
				continue;
			}
			// a file that turns out unreadable counts nothing: its rows so far are dropped with it
			List<Problem> fileProblems = new ArrayList<>();
			Map<String, List<Accepted>> fileAccepted = new LinkedHashMap<>();
			try (RowSource rows = RowSource.open(file, messages)) {
				while (rows.hasNext()) {
					CheckedRow checked = checker.check(rows.next());
					RawRow raw = checked.row();
					if (checked.accepted()) {
						fileAccepted.computeIfAbsent(key(raw, checked.submittedAt()), k -> new ArrayList<>())
							.add(new Accepted(name, raw.sheetNo(), raw.sheet(), raw.line(), raw.agency(), raw.period(),
									raw.indicator(), checked.value()));
					}
					else {
						fileProblems.add(new Problem(name, raw.sheetNo(), raw.sheet(), raw.line(), checked.code(),
								checked.message()));
					}
				}
				problems.addAll(fileProblems);
				fileAccepted.forEach((key, accepted) -> ties.computeIfAbsent(key, k -> new ArrayList<>()).addAll(accepted));
				if (!rows.sheets().isEmpty()) {
					sheets.put(name, rows.sheets());
				}
				rows.sheets()
					.stream()
					.filter(sheet -> !sheet.read())
					.forEach(sheet -> notes.add(new Note(name, messages.format("note.sheet", "sheet", sheet.describe(messages)))));
			}
			catch (RowSource.UnreadableFileException ex) {
				problems.add(new Problem(name, 0, null, 0, RejectCode.UNREADABLE_FILE,
						messages.format("file.unreadable", "reason", ex.reason())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		List<Accepted> accepted = new ArrayList<>();
		Set<Accepted> tied = new HashSet<>();
		for (List<Accepted> group : ties.values()) {
			Accepted first = group.get(0);
			boolean conflict = group.stream().anyMatch(a -> a.value().compareTo(first.value()) != 0);
			for (Accepted row : group.subList(conflict ? 0 : 1, group.size())) {
				tied.add(row);
				problems.add(conflict
						? new Problem(row.file(), row.sheetNo(), row.sheet(), row.line(), RejectCode.CONFLICT,
								where(row, messages.format("tie.conflict")))
						: new Problem(row.file(), row.sheetNo(), row.sheet(), row.line(), RejectCode.DUPLICATE,
								where(row, messages.format(first.sheet() == null ? "tie.duplicate.csv" : "tie.duplicate.form",
										"file", first.file(), "sheet", first.sheet(), "line", first.line()))));
			}
			group.stream().filter(row -> !tied.contains(row)).forEach(accepted::add);
		}
		Comparator<Problem> order = Comparator.comparingInt((Problem p) -> files.indexOf(Path.of(p.file())))
			.thenComparingInt(Problem::sheetNo)
			.thenComparingLong(Problem::line);
		problems.sort(order);
		accepted.sort(Comparator.comparingInt((Accepted a) -> files.indexOf(Path.of(a.file())))
			.thenComparingInt(Accepted::sheetNo)
			.thenComparingLong(Accepted::line));
		return new Outcome(problems, notes, accepted, sheets);
	}

	private String where(Accepted row, String message) {
		return row.sheet() == null ? message : messages.format("where.sheet", "sheet", row.sheet(), "message", message);
	}

	private static String key(RawRow row, Instant submittedAt) {
		return row.agency() + "|" + row.period() + "|" + row.indicator() + "|" + submittedAt;
	}

}
