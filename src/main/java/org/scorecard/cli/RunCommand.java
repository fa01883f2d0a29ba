package org.scorecard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunLogs;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.submission.Cutoff;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "The monthly job: load the reference data, ingest every submission in the inbox, check every row, "
				+ "and write the period's outputs under OUT/PERIOD.",
				"Settings may be given as --name=value, e.g. --scorecard.deadline-days=7." })
class RunCommand implements Callable<Integer> {

	@ParentCommand
	ScorecardCommand parent;

	@Spec
	CommandSpec spec;

	@Option(names = "--period", paramLabel = "YYYY-MM", description = "The reporting month (default: the month before today).")
	String period;

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

	@Override
	public Integer call() throws Exception {
		YearMonth month = period == null ? YearMonth.now(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))).minusMonths(1)
				: CommonOptions.period(period);
		CommonOptions.reference(reference);
		CommonOptions.existingFolder(inbox, "inbox");
		List<String> settings = new ArrayList<>(parent.settings);
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
			PrintWriter console = spec.commandLine().getOut();
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
