package org.scorecard.report;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Report settings ({@code scorecard.report.*}): the indicator of the province chart, the national
 * indicators of the trend chart, PDF/A output, and how many threads render agency scorecards.
 */
@ConfigurationProperties("scorecard.report")
public record ReportSettings(String chartIndicator, List<String> trendIndicators, boolean pdfa, int threads) {

	public ReportSettings {
		chartIndicator = chartIndicator == null ? "EXPORTS" : chartIndicator;
		trendIndicators = trendIndicators == null ? List.of("EXPORTS", "IMPORTS") : List.copyOf(trendIndicators);
		threads = threads <= 0 ? 4 : threads;
	}

}
