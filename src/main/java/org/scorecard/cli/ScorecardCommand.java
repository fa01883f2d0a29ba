package org.scorecard.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "scorecard", mixinStandardHelpOptions = true, version = "scorecard 0.1.0",
		description = "Reads agencies' monthly submissions, checks them, and reports them against the year's targets.",
		subcommands = { RunCommand.class, ValidateCommand.class, TemplateCommand.class, RunsCommand.class,
				ScheduleCommand.class, GenerateCommand.class })
class ScorecardCommand implements Callable<Integer> {

	final List<String> settings;

	@Spec
	CommandSpec spec;

	ScorecardCommand(List<String> settings) {
		this.settings = settings;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(spec.commandLine().getErr());
		return Cli.USAGE;
	}

}
