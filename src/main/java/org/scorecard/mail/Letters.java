package org.scorecard.mail;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.reference.Agency;
import org.scorecard.text.Language;
import org.scorecard.text.Texts;
import org.scorecard.run.Run;

/**
 * The messages of a run, in sending order: the consolidated report to the secretariat, then each
 * reporting agency's scorecard to its address, agencies by code. Subjects and bodies come from
 * {@code templates/mail_LANG.properties} in the run's language; names in the language, Vietnamese
 * from {@code name_vi}. An agency's body says what concerns it ({@link AgencyNotice}).
 */
final class Letters {

	private Letters() {
	}

	static List<Letter> of(Run run, List<String> secretariat, Collection<Agency> agencies, Texts texts,
			LocalDate today, Map<String, AgencyNotice> notices, LocalDate deadline) {
		YearMonth period = run.period().month();
		Path dir = run.periodDir();
		Map<String, Object> values = new HashMap<>();
		values.put("period", texts.period(period));
		values.put("month", period.getMonthValue());
		values.put("year", period.getYear());
		values.put("edition", run.edition());
		values.put("run", run.id());
		values.put("date", texts.date(today));
		List<Letter> letters = new ArrayList<>();
		letters.add(letter(Delivery.SECRETARIAT, secretariat, "mail.secretariat", texts, values,
				dir.resolve("scorecard-" + run.period() + ".pdf"),
				"No secretariat address is set (setting scorecard.mail.secretariat)."));
		for (Agency agency : agencies) {
			if (!agency.reports()) {
				continue;
			}
			Map<String, Object> own = new HashMap<>(values);
			own.put("agency", agency.name(texts.lang()));
			own.put("agency_full", agency.fullName(texts.lang()));
			own.put("code", agency.code());
			AgencyNotice notice = notices.get(agency.code());
			own.put("news", notice == null ? "" : notice.news(texts, texts.period(period), deadline));
			List<String> address = agency.email() == null ? List.of() : List.of(agency.email());
			letters.add(letter(agency.code(), address, "mail.agency", texts, own,
					dir.resolve("agencies").resolve(agency.code() + "-" + run.period() + ".pdf"),
					"Agency " + agency.code() + " (" + agency.name(Language.VI)
							+ ") has no e-mail address in agencies.csv."));
		}
		return letters;
	}

	private static Letter letter(String key, List<String> recipients, String texts, Texts words,
			Map<String, Object> values, Path attachment, String nobody) {
		Map<String, Object> all = new HashMap<>(values);
		all.put("file", attachment.getFileName());
		return new Letter(key, recipients, nfc(words.format(texts + ".subject", all)),
				nfc(words.format(texts + ".body", all)), attachment, recipients.isEmpty() ? nobody : null);
	}

	/** Names typed with combining accents are sent composed, as the reports print them. */
	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
