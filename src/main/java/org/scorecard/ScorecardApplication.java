package org.scorecard;

import java.time.Clock;

import org.scorecard.run.RunSettings;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Scorecard: the monthly reporting job, as a Spring application. The program starts in
 * {@code org.scorecard.cli.Cli}, which reads the command line and starts this application for the
 * commands that need it.
 */
@SpringBootApplication
@EnableConfigurationProperties(RunSettings.class)
public class ScorecardApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
