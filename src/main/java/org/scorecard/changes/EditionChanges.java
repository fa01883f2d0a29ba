package org.scorecard.changes;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between the previous completed edition of a period and this run: the input files whose
 * content differs (by path: added, removed, replaced) and every result whose figures or status differ.
 * {@code previousRunId} and {@code previousEdition} are null on a first edition, and the lists empty.
 */
public record EditionChanges(Long previousRunId, Integer previousEdition, List<String> added, List<String> removed,
		List<String> replaced, List<Change> results) {

	/** The figures compared, as summary.json names them, in the order the reports show them. */
	public static final List<String> FIGURES = List.of("month", "ytd", "ytd_prev", "growth_month", "growth_ytd");

	static EditionChanges firstEdition() {
		return new EditionChanges(null, null, List.of(), List.of(), List.of(), List.of());
	}

	/** Whether an earlier edition of the period completed: only then is there anything to compare. */
	public boolean hasPrevious() {
		return previousRunId != null;
	}

	/** Whether no input file changed. */
	public boolean noFiles() {
		return added.isEmpty() && removed.isEmpty() && replaced.isEmpty();
	}

	/**
	 * One result that changed. {@code figures} holds only the figures that differ (null: none on that
	 * side); {@code statusBefore} / {@code statusAfter} are null where the result did not exist; {@code
	 * files} are the changed files with accepted rows behind it.
	 */
	public record Change(String agency, String indicator, List<Figure> figures, String statusBefore,
			String statusAfter, List<String> files) {

		public boolean statusChanged() {
			return statusBefore == null ? statusAfter != null : !statusBefore.equals(statusAfter);
		}

	}

	/** One figure before and after; {@code name} is one of {@link #FIGURES}. */
	public record Figure(String name, BigDecimal before, BigDecimal after) {

		/** Growths are percentages of change, shown with two decimals whatever the indicator's. */
		public boolean isGrowth() {
			return name.startsWith("growth");
		}

	}

}
