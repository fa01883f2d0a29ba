package org.scorecard.mail;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.scorecard.reference.Agency;
import org.scorecard.text.Language;
import org.scorecard.text.Messages;
import org.scorecard.text.Texts;
import org.scorecard.run.Run;

/**
 * The messages of a run, in sending order: the consolidated report to the secretariat, then each
 * reporting agency's scorecard to its address, agencies by code. Subjects and bodies come from
 * {@code templates/mail_LANG.properties}: the secretariat's in the run's own language with that
 * edition of the report; an agency's in its own language ({@code lang} of agencies.csv) when the run
 * has that edition, else in the run's, with the scorecard of the same edition. Names in the letter's
 * language, Vietnamese from {@code name_vi}. An agency's body says what concerns it ({@link AgencyNotice}).
 */
final class Letters {

	private Letters() {
	}

	/** The same, with the reasons of messages that cannot be sent in English. */
	static List<Letter> of(Run run, List<String> secretariat, Collection<Agency> agencies, Map<Language, Texts> texts,
			LocalDate today, Map<String, AgencyNotice> notices, LocalDate deadline) {
		return of(run, secretariat, agencies, texts, today, notices, deadline, Messages.english());
	}

	/**
	 * {@code texts}: the mail texts of each of the run's languages ({@link Run#langs()}); {@code messages}:
	 * the run's console messages, for the reason a message cannot be sent (no address).
	 */
	static List<Letter> of(Run run, List<String> secretariat, Collection<Agency> agencies, Map<Language, Texts> texts,
			LocalDate today, Map<String, AgencyNotice> notices, LocalDate deadline, Messages messages) {
		YearMonth period = run.period().month();
		Path dir = run.periodDir();
		Map<Language, Map<String, Object>> values = new EnumMap<>(Language.class);
		for (Language lang : run.langs()) {
			Texts words = texts.get(lang);
			Map<String, Object> common = new HashMap<>();
			common.put("period", words.period(period));
			common.put("month", period.getMonthValue());
			common.put("year", period.getYear());
			common.put("edition", run.edition());
			common.put("run", run.id());
			common.put("date", words.date(today));
			values.put(lang, common);
		}
		List<Letter> letters = new ArrayList<>();
		letters.add(letter(Delivery.SECRETARIAT, secretariat, "mail.secretariat", texts.get(run.lang()),
				values.get(run.lang()), dir.resolve(run.fileName("scorecard-" + run.period(), run.lang(), "pdf")),
				messages.format("mail.skip.secretariat")));
		for (Agency agency : agencies) {
			if (!agency.reports()) {
				continue;
			}
			Language lang = language(agency, run);
			Texts words = texts.get(lang);
			Map<String, Object> own = new HashMap<>(values.get(lang));
			own.put("agency", agency.name(lang));
			own.put("agency_full", agency.fullName(lang));
			own.put("code", agency.code());
			AgencyNotice notice = notices.get(agency.code());
			own.put("news", notice == null ? "" : notice.news(words, words.period(period), deadline));
			List<String> address = agency.email() == null ? List.of() : List.of(agency.email());
			letters.add(letter(agency.code(), address, "mail.agency", words, own,
					dir.resolve("agencies").resolve(run.fileName(agency.code() + "-" + run.period(), lang, "pdf")),
					messages.format("mail.skip.no_address", "code", agency.code(), "name", agency.name(Language.VI))));
		}
		return letters;
	}

	/** The language of an agency's letter: its own where the run has that edition, else the run's. */
	static Language language(Agency agency, Run run) {
		return run.langs().contains(agency.lang()) ? agency.lang() : run.lang();
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
