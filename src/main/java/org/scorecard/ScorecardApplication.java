package org.scorecard;

import java.time.Clock;

import org.scorecard.cli.Cli;
import org.scorecard.run.RunSettings;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Scorecard: the monthly reporting job. {@link #main} hands the command line to {@link Cli}. */
@SpringBootApplication
@EnableConfigurationProperties(RunSettings.class)
public class ScorecardApplication {

	public static void main(String[] args) {
		System.exit(Cli.execute(args));
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
