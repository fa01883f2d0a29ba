package org.scorecard.period;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the databases store them: UTC date-times, whatever the JVM's default zone. */
public final class Utc {

	private Utc() {
	}

	public static LocalDateTime dateTime(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static Instant instant(LocalDateTime utc) {
		return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
	}

}
