package org.scorecard.reference;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.scorecard.text.Language;
import org.scorecard.text.Message;

/**
 * Reads and checks agencies.csv: codes, kinds, parents (which must exist and form no cycle), and the
 * optional language of each agency's mail ({@code lang}: vi, en, or empty for vi).
 */
final class AgencyFile {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

	/** The deepest agency tree accepted (a real one is 3 or 4 levels: nation, ministry, department, office). */
	static final int MAX_DEPTH = 100;

	private final List<ReferenceProblem> problems;

	AgencyFile(List<ReferenceProblem> problems) {
		this.problems = problems;
	}

	Map<String, Agency> read(Path dir) {
		Map<String, Agency> agencies = new LinkedHashMap<>();
		Map<String, Long> lines = new HashMap<>();
		ReferenceFile file = new ReferenceFile("agencies.csv", problems);
		file.read(dir, true, List.of("code", "name", "kind"), row -> {
			String code = row.get("code");
			AgencyKind kind = ReferenceFile.parseEnum(AgencyKind.class, row.get("kind"));
			String reports = row.get("reports").toLowerCase(Locale.ROOT);
			String email = row.get("email", 320);
			row.get("name", 500);
			row.get("name_vi", 500);
			Language lang = lang(row.get("lang"));
			boolean ok = true;
			if (!ReferenceFile.CODE.matcher(code).matches()) {
				row.problem(Message.of("reference.code", "code", code));
				ok = false;
			}
			else if (agencies.containsKey(code)) {
				row.problem(Message.of("reference.code.used", "code", code, "line", lines.get(code)));
				ok = false;
			}
			if (row.get("name").isEmpty()) {
				row.problem(Message.of("reference.empty", "column", "name"));
			}
			if (kind == null) {
				row.problem(Message.of("reference.agency.kind", "value", row.get("kind")));
				ok = false;
			}
			if (!reports.isEmpty() && !reports.equals("yes") && !reports.equals("no")) {
				row.problem(Message.of("reference.yes_no", "column", "reports", "value", row.get("reports")));
			}
			if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
				row.problem(Message.of("reference.agency.email", "value", email));
			}
			if (lang == null) {
				row.problem(Message.of("reference.agency.lang", "value", row.get("lang")));
			}
			if (ok) {
				String parent = row.get("parent");
				agencies.put(code, new Agency(code, row.get("name"), row.get("name_vi"), kind,
						parent.isEmpty() ? null : parent, email.isEmpty() ? null : email, !reports.equals("no"), lang));
				lines.put(code, row.line());
			}
		});
		for (Agency agency : agencies.values()) {
			if (agency.parent() != null && !agencies.containsKey(agency.parent())) {
				file.problem(lines.get(agency.code()), Message.of("reference.agency.parent", "parent", agency.parent(),
						"code", agency.code()));
			}
		}
		for (Agency agency : agencies.values()) {
			Set<String> seen = new HashSet<>();
			Agency current = agency;
			while (current != null && current.parent() != null && seen.add(current.code())) {
				current = agencies.get(current.parent());
				if (current != null && current.code().equals(agency.code())) {
					file.problem(lines.get(agency.code()), Message.of("reference.agency.cycle", "code", agency.code()));
					break;
				}
			}
		}
		Map<String, Integer> depths = depths(agencies);
		for (Agency agency : agencies.values()) {
			if (depths.getOrDefault(agency.code(), 0) > MAX_DEPTH) {
				file.problem(lines.get(agency.code()), Message.of("reference.agency.depth", "code", agency.code(), "depth",
						depths.get(agency.code()), "max", MAX_DEPTH));
				break;
			}
		}
		long nations = agencies.values().stream().filter(a -> a.kind() == AgencyKind.NATION).count();
		if (nations > 1) {
			file.problem(0, Message.of("reference.agency.nations", "count", nations));
		}
		return agencies;
	}

	/** The language of an agency's letters: vi when the column is empty or absent; null when it is neither vi nor en. */
	private static Language lang(String text) {
		if (text.isEmpty()) {
			return Language.VI;
		}
		for (Language language : Language.values()) {
			if (language.code().equalsIgnoreCase(text)) {
				return language;
			}
		}
		return null;
	}

	/** Each agency's distance from the top of its tree, without recursion; agencies in a cycle are left out. */
	private static Map<String, Integer> depths(Map<String, Agency> agencies) {
		Map<String, Integer> depths = new HashMap<>();
		for (Agency agency : agencies.values()) {
			java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
			Set<String> onPath = new HashSet<>();
			Agency current = agency;
			while (current != null && !depths.containsKey(current.code()) && onPath.add(current.code())) {
				path.push(current.code());
				current = current.parent() == null ? null : agencies.get(current.parent());
			}
			if (current != null && !depths.containsKey(current.code())) {
				continue; // a cycle, reported above
			}
			int depth = current == null ? -1 : depths.get(current.code());
			while (!path.isEmpty()) {
				depths.put(path.pop(), ++depth);
			}
		}
		return depths;
	}

}
