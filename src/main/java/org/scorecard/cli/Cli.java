package org.scorecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.scorecard.run.RunRefusedException;
import org.scorecard.text.Messages;
import picocli.CommandLine;

/**
 * Parses the command line and runs the sub-command. Exit status: 0 done, 1 the run failed and can
 * be restarted, 2 the command was wrong and nothing was run. Errors are one plain sentence.
 */
public final class Cli {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	/** {@code --name.with.dots=value}: a Spring setting, passed through to the application. */
	private static final Pattern SETTING = Pattern.compile("--[a-zA-Z][\\w-]*(\\.[\\w-]+)+=.*");

	private Cli() {
	}

	/** The program: runs the command line and exits with its status. */
	public static void main(String[] args) {
		System.exit(execute(args));
	}

	public static int execute(String... args) {
		return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
	}

	public static int execute(PrintWriter out, PrintWriter err, String... args) {
		List<String> options = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			(SETTING.matcher(arg).matches() ? settings : options).add(arg);
		}
		CommandLine cli = new CommandLine(new ScorecardCommand(settings));
		cli.setOut(out);
		cli.setErr(err);
		cli.setParameterExceptionHandler((ex, ignored) -> {
			err.println(sentence(ex.getMessage()) + " See 'scorecard " + commandName(ex.getCommandLine()) + " --help'.");
			return USAGE;
		});
		cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			// in the command's language: its --lang, else the setting scorecard.lang
			Messages messages = CommandLanguage.messages(commandLine.getCommand(), settings);
			if (ex instanceof UsageException usage) {
				err.println(usage.render(messages));
				return USAGE;
			}
			if (ex instanceof RunRefusedException refused) {
				err.println(messages.render(refused.reason()));
				return USAGE;
			}
			err.println(messages.format("cli.failed", "reason", rootMessage(ex)));
			return FAILED;
		});
		return cli.execute(options.toArray(String[]::new));
	}

	private static String commandName(CommandLine commandLine) {
		return commandLine.getCommandName().equals("scorecard") ? "" : commandLine.getCommandName();
	}

	static String sentence(String message) {
		String trimmed = message.strip();
		return trimmed.endsWith(".") ? trimmed : trimmed + ".";
	}

	static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
	}

}
