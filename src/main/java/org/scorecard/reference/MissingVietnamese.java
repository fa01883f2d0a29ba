package org.scorecard.reference;

import java.util.ArrayList;
import java.util.List;

import org.scorecard.text.WhiteSpace;

/**
 * The reference texts a Vietnamese edition prints in English because their Vietnamese column is
 * empty ("tasks.csv T-03 title"): said once per run, plainly, rather than mixing languages silently.
 */
public final class MissingVietnamese {

	private MissingVietnamese() {
	}

	/** Each missing text in file order; an English text that is itself empty is not missing. */
	public static List<String> of(ReferenceData data) {
		List<String> missing = new ArrayList<>();
		data.agencies().values().forEach(a -> check(missing, a.name(), a.nameVi(), "agencies.csv " + a.code() + " name"));
		data.indicators().values()
			.forEach(i -> check(missing, i.name(), i.nameVi(), "indicators.csv " + i.code() + " name"));
		for (Task task : data.tasks()) {
			check(missing, task.title(), task.titleVi(), "tasks.csv " + task.id() + " title");
			check(missing, task.source(), task.sourceVi(), "tasks.csv " + task.id() + " source");
		}
		for (Rule rule : data.rules()) {
			check(missing, rule.message(), rule.messageVi(), "rules.csv " + rule.label() + " message");
		}
		return missing;
	}

	/** "Missing Vietnamese: tasks.csv T-03 title, ..."; empty when nothing is missing. */
	public static String sentence(ReferenceData data) {
		List<String> missing = of(data);
		return missing.isEmpty() ? ""
				: "Missing Vietnamese (the English text is printed instead): " + String.join(", ", missing);
	}

	private static void check(List<String> missing, String english, String vietnamese, String where) {
		if (!WhiteSpace.isBlank(english) && WhiteSpace.isBlank(vietnamese)) {
			missing.add(where);
		}
	}

}
