package org.scorecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunLogs;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.submission.Cutoff;
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

	/** Runs one period; the exit status of the command. */
	int execute(YearMonth month, List<String> parentSettings, PrintWriter console) throws Exception {
		CommonOptions.reference(reference);
		CommonOptions.existingFolder(inbox, "inbox");
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
			return outcome.completed() ? Cli.OK : Cli.FAILED;
		}
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
