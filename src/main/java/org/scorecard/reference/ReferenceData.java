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

	/**
	 * The indicators the scorecard matrix shows, in the file's order: those marked {@code key = yes},
	 * and those whose {@code key} is empty when the nation has a target for them in {@code year}.
	 */
	public List<Indicator> keyIndicators(int year) {
		java.util.Set<String> national = new java.util.HashSet<>();
		for (Target target : targets) {
			Agency agency = agencies.get(target.agency());
			if (target.year() == year && agency != null && agency.kind() == AgencyKind.NATION) {
				national.add(target.indicator());
			}
		}
		return indicators.values()
			.stream()
			.filter(i -> i.key() == null ? national.contains(i.code()) : i.key())
			.toList();
	}

}
