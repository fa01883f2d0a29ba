package org.scorecard.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.reference.ReferenceData;

/**
 * Checks submission files without storing anything, for {@code scorecard validate}: every row check,
 * and ties between the given files. Problems come back in file and line order.
 */
public final class Validation {

	/** One problem: {@code line} is 0 for a whole file. */
	public record Problem(String file, long line, RejectCode code, String message) {

		@Override
		public String toString() {
			return line > 0 ? file + ":" + line + ": " + code + " " + message : file + ": " + code + " " + message;
		}

	}

	private record Accepted(String file, long line, BigDecimal value) {
	}

	private final RowChecker checker;

	public Validation(ReferenceData reference, Cutoff cutoff) {
		this.checker = new RowChecker(reference, cutoff);
	}

	public List<Problem> validate(List<Path> files) {
		List<Problem> problems = new ArrayList<>();
		Map<String, List<Accepted>> ties = new LinkedHashMap<>();
		int fileId = 0;
		for (Path path : files) {
			String name = path.toString();
			SubmissionFile file = new SubmissionFile(++fileId, name, path, FileKind.of(name), "", 0);
			if (file.kind() == FileKind.SKIPPED) {
				problems.add(new Problem(name, 0, RejectCode.UNREADABLE_FILE, "is neither a .csv nor an .xlsx file"));
				continue;
			}
			// a file that turns out unreadable counts nothing: its rows so far are dropped with it
			List<Problem> fileProblems = new ArrayList<>();
			Map<String, List<Accepted>> fileAccepted = new LinkedHashMap<>();
			try (RowSource rows = RowSource.open(file)) {
				while (rows.hasNext()) {
					CheckedRow checked = checker.check(rows.next());
					RawRow raw = checked.row();
					if (checked.accepted()) {
						fileAccepted.computeIfAbsent(key(raw, checked.submittedAt()), k -> new ArrayList<>())
							.add(new Accepted(name, raw.line(), checked.value()));
					}
					else {
						fileProblems.add(new Problem(name, raw.line(), checked.code(), checked.message()));
					}
				}
				problems.addAll(fileProblems);
				fileAccepted.forEach((key, accepted) -> ties.computeIfAbsent(key, k -> new ArrayList<>()).addAll(accepted));
			}
			catch (RowSource.UnreadableFileException ex) {
				problems.add(new Problem(name, 0, RejectCode.UNREADABLE_FILE, "the file cannot be read: " + ex.getMessage()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		for (List<Accepted> group : ties.values()) {
			Accepted first = group.get(0);
			boolean conflict = group.stream().anyMatch(a -> a.value().compareTo(first.value()) != 0);
			for (Accepted row : group.subList(conflict ? 0 : 1, group.size())) {
				problems.add(conflict
						? new Problem(row.file(), row.line(), RejectCode.CONFLICT,
								"rows with the same agency, period, indicator and submitted_at have different values")
						: new Problem(row.file(), row.line(), RejectCode.DUPLICATE,
								"repeats " + first.file() + " line " + first.line()));
			}
		}
		problems.sort(java.util.Comparator.comparingInt((Problem p) -> files.indexOf(Path.of(p.file())))
			.thenComparingLong(Problem::line));
		return problems;
	}

	private static String key(RawRow row, Instant submittedAt) {
		return row.agency() + "|" + row.period() + "|" + row.indicator() + "|" + submittedAt;
	}

}
