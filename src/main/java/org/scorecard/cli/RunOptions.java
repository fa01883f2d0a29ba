package org.scorecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
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
import picocli.CommandLine.Option;

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

	@Option(names = "--db", paramLabel = "JDBC-URL",
			description = "Database (default: an H2 file under the output folder, or SCORECARD_DB_URL).")
	String db;

	@Option(names = "--cutoff", paramLabel = "calendar|decree09",
			description = "Period cut-off: the calendar month, or the 15th of the previous month to the 14th "
					+ "(Decree 09/2019/ND-CP); the same as --scorecard.cutoff (default: calendar).")
	String cutoff;

	@Option(names = "--lang", paramLabel = "en|vi",
			description = "Language of the PDF reports; the same as --scorecard.lang (default: en).")
	String lang;

	@Option(names = "--deadline-days", paramLabel = "N",
			description = "Submissions are on time until the end of the day N days after the period ends; the same as "
					+ "--scorecard.deadline-days (default: 5).")
	Integer deadlineDays;

	@Option(names = "--mail", description = "Mail the consolidated report to the secretariat and each scorecard to its "
			+ "agency (spring.mail.*, scorecard.mail.*); a message already sent for this run is never sent again.")
	boolean mail;

	@Option(names = "--mail-dry-run",
			description = "Write each message as an .eml file under OUT/PERIOD/outbox/ instead of sending it.")
	boolean mailDryRun;

	/** Runs one period; the exit status of the command. */
	int execute(YearMonth month, List<String> parentSettings, PrintWriter console) throws Exception {
		CommonOptions.reference(reference);
		CommonOptions.existingFolder(inbox, "inbox");
		CommonOptions.apart(inbox, out);
		List<String> settings = new ArrayList<>(parentSettings);
		if (cutoff != null) {
			settings.add("--scorecard.cutoff=" + cutoff);
		}
		if (lang != null) {
			settings.add("--scorecard.lang=" + lang);
		}
		if (deadlineDays != null) {
			settings.add("--scorecard.deadline-days=" + deadlineDays);
		}
		try (ConfigurableApplicationContext context = ApplicationContexts.start(out, db, settings)) {
			RunRequest request = new RunRequest(month, reference, inbox, out, cutoff(context), deadlineDays(context), rerun,
					lang(context), templates(context));
			RunLogs logs = context.getBean(RunLogs.class);
			logs.console(console);
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
				return mail(context, outcome, console, logs);
			}
			return Cli.OK;
		}
	}

	/** Mails (or writes) the run's messages and prints one line per message; exit 1 if any failed. */
	private int mail(ConfigurableApplicationContext context, RunOutcome outcome, PrintWriter console, RunLogs logs) {
		MailOutcome mailed;
		try {
			mailed = context.getBean(MailService.class).send(outcome.run().id(), mailDryRun, new MailProgress() {

				@Override
				public void retrying(String key, int attempt, java.time.Duration wait, String error) {
					console.println("mail " + key + ": attempt " + attempt + " failed (" + error + "); retrying in "
							+ wait.toMillis() + " ms");
					console.flush();
				}

			});
		}
		catch (MailRequestException ex) {
			throw new UsageException(ex.getMessage());
		}
		StringWriter text = new StringWriter();
		PrintWriter lines = new PrintWriter(text);
		for (Delivery delivery : mailed.deliveries()) {
			lines.printf("mail %-12s %-13s %s%s%n", delivery.key(), delivery.status().name().toLowerCase(java.util.Locale.ROOT),
					String.join(", ", delivery.recipients()), delivery.reason() == null ? "" : " (" + delivery.reason() + ")");
		}
		lines.printf("Mail%s: %d sent, %d already sent before, %d written, %d failed, %d skipped.%n",
				mailDryRun ? " (dry run)" : "", mailed.sent().size(), mailed.alreadySent().size(), mailed.written().size(),
				mailed.failed().size(), mailed.skipped().size());
		if (!mailed.complete()) {
			lines.println("Run the same command again to send the messages that failed; those sent are not sent again.");
		}
		lines.flush();
		console.print(text);
		console.flush();
		logs.append(outcome.run(), text.toString());
		return mailed.complete() ? Cli.OK : Cli.FAILED;
	}

	private static Cutoff cutoff(ConfigurableApplicationContext context) {
		return CommonOptions.cutoff(context.getEnvironment().getProperty("scorecard.cutoff", "calendar"));
	}

	private static String lang(ConfigurableApplicationContext context) {
		String text = context.getEnvironment().getProperty("scorecard.lang", "en");
		if (!text.equals("en") && !text.equals("vi")) {
			throw new UsageException("The report language must be en or vi, not '" + text + "'.");
		}
		return text;
	}

	/** The folder of report texts; when absent, the copy built into the program is used. */
	private static Path templates(ConfigurableApplicationContext context) {
		return Path.of(context.getEnvironment().getProperty("scorecard.templates", "templates"));
	}

	private static int deadlineDays(ConfigurableApplicationContext context) {
		String text = context.getEnvironment().getProperty("scorecard.deadline-days", "5");
		if (!text.matches("\\d{1,3}")) {
			throw new UsageException("The deadline in days must be a whole number from 0 to 999, not '" + text + "'.");
		}
		return Integer.parseInt(text);
	}

}
