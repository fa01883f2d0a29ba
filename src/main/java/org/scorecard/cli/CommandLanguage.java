package org.scorecard.cli;

import java.nio.file.Path;
import java.util.List;

import org.scorecard.run.RunSettings;
import org.scorecard.text.Language;
import org.scorecard.text.Messages;

/**
 * A command with a {@code --lang} option: what it prints, its errors included, is in that language.
 * Without the option (or for a command without one), the setting {@code scorecard.lang}.
 */
interface CommandLanguage {

	/** The language given with {@code --lang} (the first of {@code vi,en}), or null. */
	Language langOption();

	/**
	 * The messages of the command's language: its {@code --lang}, else the setting {@code scorecard.lang}
	 * as {@link ConfiguredSettings} reads it (application.yml, {@code --scorecard.lang=vi}); English from the
	 * working directory's templates when the settings themselves cannot be read.
	 */
	static Messages messages(Object command, List<String> settings) {
		Language option = command instanceof CommandLanguage localized ? localized.langOption() : null;
		try {
			RunSettings configured = ConfiguredSettings.of(settings);
			return Messages.load(configured.templates(), option != null ? option : configured.lang());
		}
		catch (RuntimeException ex) {
			// a setting that cannot be read (the error says which) or a broken templates folder
			return Messages.load(Path.of("templates"), option != null ? option : Language.EN);
		}
	}

}
