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
		// depth first, each agency before its children (by code), with a stack: no recursion, any depth
		java.util.Deque<Agency> stack = new java.util.ArrayDeque<>();
		java.util.Deque<Integer> levels = new java.util.ArrayDeque<>();
		for (int i = roots.size() - 1; i >= 0; i--) {
			stack.push(roots.get(i));
			levels.push(0);
		}
		while (!stack.isEmpty()) {
			Agency agency = stack.pop();
			int depth = levels.pop();
			positions.put(agency.code(), order.size());
			depths.put(agency.code(), depth);
			order.add(agency.code());
			List<Agency> below = new ArrayList<>(children.getOrDefault(agency.code(), List.of()));
			below.sort(Comparator.comparing(Agency::code).reversed());
			for (Agency child : below) {
				stack.push(child);
				levels.push(depth + 1);
			}
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
