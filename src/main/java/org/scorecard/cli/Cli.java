package org.scorecard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.scorecard.run.RunRefusedException;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
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
			err.println(syntaxError(ex, CommandLanguage.messages(langArgument(options), settings)));
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

	/**
	 * A command picocli could not parse, in the command's language: English in picocli's own words;
	 * another language says an unknown option or a missing one in its words ({@code cli.syntax.*}),
	 * and anything else with picocli's English detail inside its sentence.
	 */
	static String syntaxError(CommandLine.ParameterException ex, Messages messages) {
		String command = commandName(ex.getCommandLine());
		if (messages.lang() == Language.EN) {
			return sentence(ex.getMessage()) + " See 'scorecard " + command + " --help'.";
		}
		Message error;
		if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
			error = Message.of("cli.syntax.unknown", "args",
					unmatched.getUnmatched().stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(", ")));
		}
		else if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
			error = Message.of("cli.syntax.missing", "args", missing.getMissing()
				.stream()
				.map(spec -> "'" + (spec instanceof CommandLine.Model.OptionSpec option
						? option.longestName() + (option.arity().max() > 0 ? "=" + option.paramLabel() : "")
						: spec.paramLabel()) + "'")
				.collect(Collectors.joining(", ")));
		}
		else {
			error = Message.of("cli.syntax.other", "detail", sentence(ex.getMessage()));
		}
		return messages.format("cli.syntax", "error", error, "command", command);
	}

	/**
	 * The command's language as {@code --lang X} or {@code --lang=X} names it (the first of {@code vi,en}),
	 * read from the arguments themselves since picocli could not parse them; null when absent or unknown.
	 */
	static CommandLanguage langArgument(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String value = arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1)
					: arg.startsWith("--lang=") ? arg.substring("--lang=".length()) : null;
			if (value != null) {
				try {
					Language lang = Language.of(value.split(",")[0]);
					return () -> lang;
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
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
