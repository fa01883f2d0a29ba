package org.scorecard.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/** Agencies in tree order (the nation first, then each agency followed by its children, by code) with depths. */
public final class AgencyTree {

	private final Map<String, Integer> positions = new HashMap<>();

	private final Map<String, Integer> depths = new HashMap<>();

	private final List<String> order = new ArrayList<>();

	public AgencyTree(Map<String, Agency> agencies) {
		Map<String, List<Agency>> children = new HashMap<>();
		List<Agency> roots = new ArrayList<>();
		for (Agency agency : agencies.values()) {
			if (agency.parent() == null || !agencies.containsKey(agency.parent())) {
				roots.add(agency);
			}
			else {
				children.computeIfAbsent(agency.parent(), k -> new ArrayList<>()).add(agency);
			}
		}
		roots.sort(Comparator.comparing((Agency a) -> a.kind() != AgencyKind.NATION).thenComparing(Agency::code));
		for (Agency root : roots) {
			visit(root, 0, children);
		}
	}

	private void visit(Agency agency, int depth, Map<String, List<Agency>> children) {
		positions.put(agency.code(), order.size());
		depths.put(agency.code(), depth);
		order.add(agency.code());
		List<Agency> below = new ArrayList<>(children.getOrDefault(agency.code(), List.of()));
		below.sort(Comparator.comparing(Agency::code));
		for (Agency child : below) {
			visit(child, depth + 1, children);
		}
	}

	public int position(String agency) {
		return positions.getOrDefault(agency, Integer.MAX_VALUE);
	}

	public int depth(String agency) {
		return depths.getOrDefault(agency, 0);
	}

	public List<String> order() {
		return order;
	}

}
