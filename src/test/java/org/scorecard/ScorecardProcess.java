package org.scorecard;

import java.util.ArrayList;
import java.util.List;

/** The scorecard command as a process of its own, on the test's class path: what a user starts. */
public final class ScorecardProcess {

	private ScorecardProcess() {
	}

	/** The command line: {@code prefix} (a wrapper such as setpriv, or nothing), the JVM, then the arguments. */
	public static List<String> command(List<String> prefix, String... args) {
		List<String> command = new ArrayList<>(prefix);
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.scorecard.cli.Cli");
		command.addAll(List.of(args));
		return command;
	}

}
