package org.scorecard.reference;

import java.util.List;
import java.util.Map;

/** The reference data of one run, every part already checked; maps keep the files' order. */
public record ReferenceData(Map<String, Agency> agencies, Map<String, Indicator> indicators, List<Target> targets,
		List<Task> tasks, List<Rule> rules) {

	public boolean hasAgency(String code) {
		return agencies.containsKey(code);
	}

	public Indicator indicator(String code) {
		return indicators.get(code);
	}

}
