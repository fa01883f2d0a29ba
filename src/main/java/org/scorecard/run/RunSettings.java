package org.scorecard.run;

import java.nio.file.Path;

import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The run's settings of {@code application.yml} ({@code scorecard.*}), bound typed once: the deadline in
 * days after the period ends, the period cut-off, the reports' language and the folder of their texts.
 * A command-line option overrides its setting; nothing is re-encoded as text on the way.
 */
@ConfigurationProperties("scorecard")
public record RunSettings(@DefaultValue("5") int deadlineDays, @DefaultValue("calendar") Cutoff cutoff,
		@DefaultValue("en") Language lang, @DefaultValue("templates") Path templates) {
}
