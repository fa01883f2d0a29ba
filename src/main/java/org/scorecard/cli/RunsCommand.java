package org.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "List past runs, newest first.")
class RunsCommand implements Callable<Integer> {

	@ParentCommand
	ScorecardCommand parent;

	@Spec
	CommandSpec spec;

	@Option(names = "--last", paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
	int last;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
			description = "Output folder holding the database (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--db", paramLabel = "JDBC-URL", description = "Database (default: an H2 file under the output folder).")
	String db;

	@Override
	public Integer call() {
		if (last < 1) {
			throw new UsageException("--last must be 1 or more, not " + last + ".");
		}
		PrintWriter writer = spec.commandLine().getOut();
		try (ConfigurableApplicationContext context = ApplicationContexts.start(out, db, parent.settings)) {
			var runs = context.getBean(RunRepository.class).list(last);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			writer.printf("%5s  %-7s  %-9s  %-20s  %-20s  %10s  %10s  %10s  %6s  %s%n", "id", "period", "status", "started",
					"ended", "read", "accepted", "rejected", "mailed", "outputs");
			for (Run run : runs) {
				Long mailed = jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE run_id = ? AND status = 'sent'",
						Long.class, run.id());
				writer.printf("%5d  %-7s  %-9s  %-20s  %-20s  %10s  %10s  %10s  %6s  %s%n", run.id(), run.period(),
						run.status(), time(run.createdAt()), time(run.endedAt()), count(run.rowsRead()),
						count(run.rowsAccepted()), count(run.rowsRejected()), count(mailed), outputs(run));
			}
			if (runs.isEmpty()) {
				writer.println("No runs yet.");
			}
		}
		return Cli.OK;
	}

	/** Where the run's files are: the period's folder while it is the latest edition, else its history folder. */
	static String outputs(Run run) {
		Path period = run.periodDir();
		try {
			Path marker = period.resolve(".run-id");
			if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(Long.toString(run.id()))) {
				return period.toString();
			}
		}
		catch (java.io.IOException ex) {
			return period.toString();
		}
		Path history = period.resolve("history").resolve(Long.toString(run.id()));
		return Files.isDirectory(history) ? history.toString() : "-";
	}

	private static String time(java.time.Instant instant) {
		return instant == null ? "-" : instant.toString().replaceFirst("\\.\\d+Z$", "Z");
	}

	private static String count(Long count) {
		return count == null ? "-" : String.format("%,d", count);
	}

}
