package org.scorecard.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The reject messages, reasons and console lines of one language, from
 * {@code templates/messages_LANG.properties} (over the report texts, for numbers and dates). Values
 * are put in as the language writes them: dates and decimal numbers in its way, a nested
 * {@link Message} in its words; text (what an agency typed, a file name) stays as it is.
 */
public final class Messages {

	private static Messages english;

	private final Texts texts;

	private final java.time.format.DateTimeFormatter dates;

	private final String decimal;

	private final String grouping;

	private Messages(Texts texts) {
		this.texts = texts;
		// marks of their own: English messages keep plain figures (1506.14), Vietnamese ones write 1.506,14
		this.decimal = texts.get("message.decimal");
		this.grouping = texts.get("message.grouping").replace("none", "");
		// a pattern of its own: English messages keep ISO dates, as the sender types them in a form
		this.dates = java.time.format.DateTimeFormatter.ofPattern(texts.get("message.date"), texts.lang().locale());
	}

	public static Messages load(Path templatesDir, Language lang) {
		return new Messages(Texts.load(templatesDir, "messages", lang));
	}

	/** English from the templates folder of the working directory, or the built-in copy. */
	public static synchronized Messages english() {
		if (english == null) {
			english = load(Path.of("templates"), Language.EN);
		}
		return english;
	}

	public Language lang() {
		return texts.lang();
	}

	public Texts texts() {
		return texts;
	}

	public String render(Message message) {
		if (message == null) {
			return null;
		}
		String text = texts.get(message.key());
		for (Map.Entry<String, Object> value : message.values().entrySet()) {
			text = text.replace("{" + value.getKey() + "}", shown(value.getValue()));
		}
		return text;
	}

	/** The text of {@code key} with its values: {@code format("validate.problems", "count", 3)}. */
	public String format(String key, Object... nameValues) {
		return render(Message.of(key, nameValues));
	}

	private String shown(Object value) {
		return switch (value) {
			case null -> "";
			case Message nested -> render(nested);
			case LocalDate date -> dates.format(date);
			case BigDecimal number -> number(number);
			default -> String.valueOf(value);
		};
	}

	/** Every digit of the figure, with this language's marks. */
	private String number(BigDecimal value) {
		String plain = value.abs().stripTrailingZeros().toPlainString();
		int point = plain.indexOf('.');
		String whole = point < 0 ? plain : plain.substring(0, point);
		StringBuilder out = new StringBuilder(value.signum() < 0 ? "-" : "");
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				out.append(grouping);
			}
			out.append(whole.charAt(i));
		}
		return point < 0 ? out.toString() : out.append(decimal).append(plain, point + 1, plain.length()).toString();
	}

}
