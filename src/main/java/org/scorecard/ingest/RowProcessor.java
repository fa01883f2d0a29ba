package org.scorecard.ingest;

import org.scorecard.submission.RowChecker;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Runs the row checks on each row; file markers pass through unchanged. */
public class RowProcessor implements ItemProcessor<IngestItem, IngestItem> {

	private final RowChecker checker;

	public RowProcessor(RowChecker checker) {
		this.checker = checker;
	}

	@Override
	public IngestItem process(IngestItem item) {
		return item instanceof IngestItem.Row row ? new IngestItem.Row(row.raw(), checker.check(row.raw())) : item;
	}

}
