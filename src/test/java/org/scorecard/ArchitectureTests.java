package org.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package graph of the product, read from the sources (imports and fully qualified names, comments
 * and strings left out): no package uses another that uses it back, however far round, and nothing
 * of the demo-data generator ships in the product.
 */
class ArchitectureTests {

	private static final Path MAIN = Path.of("src/main/java/org/scorecard");

	private static final Pattern PACKAGE = Pattern.compile("^package org\\.scorecard(?:\\.(\\w+))?;", Pattern.MULTILINE);

	private static final Pattern REFERENCE = Pattern.compile("org\\.scorecard\\.(?:([a-z]\\w*)\\.|[A-Z])");

	static Map<String, Set<String>> graph() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String text = code(Files.readString(file));
				Matcher declared = PACKAGE.matcher(text);
				if (!declared.find()) {
					continue;
				}
				String from = declared.group(1) == null ? "(root)" : declared.group(1);
				Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
				Matcher reference = REFERENCE.matcher(text.substring(declared.end()));
				while (reference.find()) {
					String target = reference.group(1) == null ? "(root)" : reference.group(1);
					if (!target.equals(from)) {
						to.add(target);
					}
				}
			}
		}
		return uses;
	}

	@Test
	void shouldHaveNoPackageThatUsesAnotherThatUsesItBack() throws IOException {
		Map<String, Set<String>> uses = graph();
		assertThat(uses).containsKeys("run", "job", "period", "files", "text", "submission");
		assertThat(cycles(uses)).as("package cycles in " + uses).isEmpty();
	}

	@Test
	void shouldShipNothingOfTheDemoGenerator() {
		assertThat(MAIN.resolve("demo")).doesNotExist();
	}

	/** The source without its comments, strings and characters: what the compiler resolves names in. */
	static String code(String source) {
		StringBuilder code = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				i = end(source, "\n", i + 2);
			}
			else if (source.startsWith("/*", i)) {
				i = end(source, "*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				i = end(source, "\"\"\"", i + 3) + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i++);
				while (i < source.length() && source.charAt(i) != quote) {
					i += source.charAt(i) == '\\' ? 2 : 1;
				}
				i++;
			}
			else {
				code.append(source.charAt(i++));
				continue;
			}
			code.append(' ');
		}
		return code.toString();
	}

	private static int end(String source, String token, int from) {
		int at = source.indexOf(token, from);
		return at < 0 ? source.length() : at;
	}

	/** The strongly connected groups of more than one package (Tarjan). */
	private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		List<String> stack = new ArrayList<>();
		List<Set<String>> cycles = new ArrayList<>();
		for (String start : uses.keySet()) {
			if (!index.containsKey(start)) {
				visit(start, uses, index, low, stack, cycles);
			}
		}
		return cycles;
	}

	private static void visit(String node, Map<String, Set<String>> uses, Map<String, Integer> index,
			Map<String, Integer> low, List<String> stack, List<Set<String>> cycles) {
		index.put(node, index.size());
		low.put(node, index.get(node));
		stack.add(node);
		for (String next : uses.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				visit(next, uses, index, low, stack, cycles);
				low.put(node, Math.min(low.get(node), low.get(next)));
			}
			else if (stack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			Set<String> group = new TreeSet<>();
			String member;
			do {
				member = stack.remove(stack.size() - 1);
				group.add(member);
			}
			while (!member.equals(node));
			if (group.size() > 1) {
				cycles.add(group);
			}
		}
	}

}
