package org.scorecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.scorecard.mail.Delivery;
import org.scorecard.mail.MailOutcome;
import org.scorecard.mail.MailProgress;
import org.scorecard.mail.MailRequestException;
import org.scorecard.mail.MailService;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunLogs;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.scorecard.run.RunSettings;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;

/**
 * The options of a run, shared by {@code run} and {@code schedule}, and the run itself: start the
 * application, launch the period's run, print its report and append it to the run's log.
 */
class RunOptions {

	@Option(names = "--reference", paramLabel = "DIR", defaultValue = "seeds/reference",
			description = "Reference data folder (default: ${DEFAULT-VALUE}).")
	Path reference;

	@Option(names = "--inbox", paramLabel = "DIR", defaultValue = "seeds/submissions",
			description = "Submissions folder, sub-folders included (default: ${DEFAULT-VALUE}).")
	Path inbox;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
			description = "Output folder (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--rerun", description = "Start a new run even if the files have not changed.")
	boolean rerun;

	@Option(names = "--cold", description = "Start a new run that reads and checks every file again, "
			+ "rather than copying the rows of files an earlier run read under the same checks.")
	boolean cold;

	@Option(names = "--db", paramLabel = "JDBC-URL",
			description = "Database (default: an H2 file under the output folder, or SCORECARD_DB_URL).")
	String db;

	@Option(names = "--cutoff", paramLabel = "calendar|decree09", converter = CutoffConverter.class,
			description = "Period cut-off: the calendar month, or the 15th of the previous month to the 14th "
					+ "(Decree 09/2019/ND-CP); overrides the setting scorecard.cutoff (default: calendar).")
	Cutoff cutoff;

	@Option(names = "--lang", paramLabel = "en|vi|vi,en", converter = LanguageConverter.class, split = ",",
			description = "Language of the reports and messages; overrides the setting scorecard.lang (default: en). "
					+ "Two languages (vi,en) write both editions of every report, file names saying which "
					+ "(scorecard-2026-10.vi.pdf); the first is the language of rejects.csv and the console.")
	List<Language> lang;

	@Option(names = "--deadline-days", paramLabel = "N",
			description = "Submissions are on time until the end of the day N days after the period ends; the same as "
					+ "the setting scorecard.deadline-days (default: 5).")
	Integer deadlineDays;

	/** {@code --cutoff}: calendar or decree09. */
	static final class CutoffConverter implements CommandLine.ITypeConverter<Cutoff> {

		@Override
		public Cutoff convert(String text) {
			return CommonOptions.cutoff(text);
		}

	}

	/** {@code --lang}: en or vi. */
	static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {

		@Override
		public Language convert(String text) {
			try {
				return Language.of(text);
			}
			catch (IllegalArgumentException ex) {
				throw new CommandLine.TypeConversionException(ex.getMessage());
			}
		}

	}

	@Option(names = "--mail", description = "Mail the consolidated report to the secretariat and each scorecard to its "
			+ "agency (spring.mail.*, scorecard.mail.*); a message already sent for this run is never sent again.")
	boolean mail;

	@Option(names = "--mail-dry-run",
			description = "Write each message as an .eml file under OUT/PERIOD/outbox/ instead of sending it.")
	boolean mailDryRun;

	/** The language given with {@code --lang}, the first of two; null without the option. */
	Language langOption() {
		return lang == null || lang.isEmpty() ? null : lang.get(0);
	}

	/** Runs one period; the exit status of the command. */
	int execute(YearMonth month, List<String> parentSettings, PrintWriter console) throws Exception {
		CommonOptions.reference(reference);
		CommonOptions.existingFolder(inbox, "inbox");
		CommonOptions.apart(inbox, out);
		if (deadlineDays != null && (deadlineDays < 0 || deadlineDays > 999)) {
			throw new UsageException(Message.of("usage.deadline_days", "days", deadlineDays));
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start(out, db, parentSettings)) {
			// an option overrides its setting; both are typed already
			RunSettings settings = context.getBean(RunSettings.class);
			List<Language> langs = lang == null || lang.isEmpty() ? List.of(settings.lang()) : lang.stream().distinct().toList();
			RunRequest request = new RunRequest(month, reference, inbox, out, cutoff != null ? cutoff : settings.cutoff(),
					deadlineDays != null ? deadlineDays : settings.deadlineDays(), rerun, langs.get(0),
					settings.templates(), langs.size() > 1 ? langs.get(1) : null, cold);
			RunLogs logs = context.getBean(RunLogs.class);
			logs.console(console);
			logs.messages(Messages.load(request.templatesDir(), request.lang()));
			RunOutcome outcome = context.getBean(RunLauncher.class).launch(request);
			StringWriter report = new StringWriter();
			new RunReport(context, new PrintWriter(report)).print(outcome, request);
			console.print(report);
			console.flush();
			if (!outcome.reused()) {
				logs.append(outcome.run(), report.toString());
			}
			if (!outcome.completed()) {
				return Cli.FAILED;
			}
			if (mail || mailDryRun) {
				return mail(context, outcome, console, logs, Messages.load(request.templatesDir(), request.lang()));
			}
			return Cli.OK;
		}
	}

	/** Mails (or writes) the run's messages and prints one line per message; exit 1 if any failed. */
	private int mail(ConfigurableApplicationContext context, RunOutcome outcome, PrintWriter console, RunLogs logs,
			Messages messages) {
		MailOutcome mailed;
		try {
			mailed = context.getBean(MailService.class).send(outcome.run().id(), mailDryRun, new MailProgress() {

				@Override
				public void retrying(String key, int attempt, java.time.Duration wait, String error) {
					console.println(messages.format("mail.retrying", "key", key, "attempt", attempt, "error", error, "ms",
							wait.toMillis()));
					console.flush();
				}

			});
		}
		catch (MailRequestException ex) {
			throw new UsageException(ex.reason());
		}
		StringWriter text = new StringWriter();
		PrintWriter lines = new PrintWriter(text);
		for (Delivery delivery : mailed.deliveries()) {
			lines.printf("mail %-12s %-13s %s%s%n", delivery.key(),
					messages.format("mail.status." + delivery.status().name().toLowerCase(java.util.Locale.ROOT)),
					String.join(", ", delivery.recipients()), delivery.reason() == null ? "" : " (" + delivery.reason() + ")");
		}
		lines.println(messages.format(mailDryRun ? "mail.summary.dry_run" : "mail.summary", "sent", mailed.sent().size(),
				"before", mailed.alreadySent().size(), "written", mailed.written().size(), "failed", mailed.failed().size(),
				"skipped", mailed.skipped().size()));
		if (!mailed.complete()) {
			lines.println(messages.format("mail.again"));
		}
		lines.flush();
		console.print(text);
		console.flush();
		logs.append(outcome.run(), text.toString());
		return mailed.complete() ? Cli.OK : Cli.FAILED;
	}

}
