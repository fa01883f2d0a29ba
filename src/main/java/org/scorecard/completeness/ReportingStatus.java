package org.scorecard.completeness;

import java.time.Instant;

/** One expected reporter: {@code status} is on_time, late or missing; {@code firstSubmittedAt} is null when missing. */
public record ReportingStatus(String agency, String status, Instant firstSubmittedAt) {
}
