package org.scorecard.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;


import org.scorecard.run.RunRefusedException;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scorecard schedule}: stays up and, at each trigger of the cron (default 06:00 on the 6th of
 * each month, Asia/Ho_Chi_Minh), runs the period before the trigger's month, exactly as {@code run}
 * would. Runs never overlap (one after the other, in this thread; another process is refused by the
 * database); a failed run is reported and the next trigger runs it again (a restart, since its files
 * have not changed), and a trigger missed while a run was going is not caught up.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
		description = { "Stay up and run the previous period on a schedule (default 06:00 on the 6th of each month, "
				+ "Asia/Ho_Chi_Minh).", "Takes the options of run, except --period." })
class ScheduleCommand implements Callable<Integer>, CommandLanguage {

	/** The clock the schedule reads; tests replace it. */
	static Clock clock = Clock.systemUTC();

	@ParentCommand
	ScorecardCommand parent;

	@Spec
	CommandSpec spec;

	@Option(names = "--cron", paramLabel = "CRON", defaultValue = "0 0 6 6 * *",
			description = "When to run: second minute hour day-of-month month day-of-week (default: ${DEFAULT-VALUE}).")
	String cron;

	@Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Ho_Chi_Minh",
			description = "Time zone of the cron and of 'the previous period' (default: ${DEFAULT-VALUE}).")
	String zone;

	@Option(names = "--runs", paramLabel = "N", description = "Stop after N triggers (default: never).")
	Integer runs;

	@Mixin
	RunOptions options;

	@Override
	public Language langOption() {
		return options.langOption();
	}

	@Override
	public Integer call() throws Exception {
		CronExpression expression;
		ZoneId zoneId;
		try {
			expression = CronExpression.parse(cron);
			zoneId = ZoneId.of(zone);
		}
		catch (RuntimeException ex) {
			throw new UsageException(Message.of("usage.schedule", "cron", cron, "zone", zone, "detail", ex.getMessage()));
		}
		CommonOptions.reference(options.reference);
		CommonOptions.existingFolder(options.inbox, "inbox");
		PrintWriter out = spec.commandLine().getOut();
		// the lines of the schedule in the language of the runs: --lang, else the setting scorecard.lang
		Messages messages = CommandLanguage.messages(this, parent.settings);
		DateTimeFormatter times = DateTimeFormatter.ofPattern(messages.texts().get("schedule.time"),
				messages.lang().locale());
		int done = 0;
		while (runs == null || done < runs) {
			ZonedDateTime now = clock.instant().atZone(zoneId);
			ZonedDateTime next = expression.next(now);
			if (next == null) {
				out.println(messages.format("schedule.never", "cron", cron));
				return Cli.OK;
			}
			out.println(messages.format("schedule.next", "time", times.format(next), "period",
					YearMonth.from(next).minusMonths(1)));
			out.flush();
			sleepUntil(next.toInstant());
			YearMonth period = YearMonth.from(next).minusMonths(1);
			try {
				int status = options.execute(period, parent.settings, out);
				if (status != Cli.OK) {
					out.println(messages.format("schedule.incomplete", "period", period));
				}
			}
			catch (UsageException ex) {
				out.println(messages.format("schedule.refused", "period", period, "reason", ex.render(messages)));
			}
			catch (RunRefusedException ex) {
				out.println(messages.format("schedule.refused", "period", period, "reason", ex.reason()));
			}
			catch (Exception ex) {
				out.println(messages.format("schedule.failed", "period", period, "reason", ex.getMessage()));
			}
			out.flush();
			done++;
		}
		return Cli.OK;
	}

	private static void sleepUntil(Instant instant) throws InterruptedException {
		Duration wait = Duration.between(clock.instant(), instant);
		if (!wait.isNegative() && !wait.isZero()) {
			Thread.sleep(wait.toMillis() + 1);
		}
	}

}
