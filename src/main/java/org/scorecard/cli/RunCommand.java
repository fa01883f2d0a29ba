package org.scorecard.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
		description = { "The monthly job: load the reference data, ingest every submission in the inbox, check every row, "
				+ "and write the period's outputs under OUT/PERIOD.",
				"Settings may be given as --name=value, e.g. --scorecard.deadline-days=7." })
class RunCommand implements Callable<Integer>, CommandLanguage {

	@ParentCommand
	ScorecardCommand parent;

	@Spec
	CommandSpec spec;

	@Option(names = "--period", paramLabel = "YYYY-MM",
			description = "The reporting month (default: the month before today); YYYY-Qn for the month that closes quarter n.")
	String period;

	@Mixin
	RunOptions options;

	@Override
	public org.scorecard.text.Language langOption() {
		return options.langOption();
	}

	@Override
	public Integer call() throws Exception {
		YearMonth month = period == null ? YearMonth.now(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"))).minusMonths(1)
				: CommonOptions.period(period);
		return options.execute(month, parent.settings, spec.commandLine().getOut());
	}

}
