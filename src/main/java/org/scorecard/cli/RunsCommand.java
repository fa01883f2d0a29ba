package org.scorecard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "runs", mixinStandardHelpOptions = true, description = "List past runs, newest first.")
class RunsCommand implements Callable<Integer>, CommandLanguage {

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

	@Option(names = "--lang", paramLabel = "en|vi", converter = RunOptions.LanguageConverter.class,
			description = "Language of the list; overrides the setting scorecard.lang (default: en).")
	Language lang;

	@Override
	public Language langOption() {
		return lang;
	}

	@Override
	public Integer call() {
		if (last < 1) {
			throw new UsageException(Message.of("usage.last", "last", last));
		}
		PrintWriter writer = spec.commandLine().getOut();
		Messages messages = CommandLanguage.messages(this, parent.settings);
		DateTimeFormatter times = DateTimeFormatter.ofPattern(messages.texts().get("runs.time"), messages.lang().locale())
			.withZone(ZoneOffset.UTC);
		try (ConfigurableApplicationContext context = ApplicationContexts.start(out, db, parent.settings)) {
			var runs = context.getBean(RunRepository.class).list(last);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			List<String[]> rows = new ArrayList<>();
			rows.add(java.util.stream.Stream.of(COLUMNS).map(column -> messages.format("runs.col." + column)).toArray(String[]::new));
			for (Run run : runs) {
				Long mailed = jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE run_id = ? AND status = 'sent'",
						Long.class, run.id());
				rows.add(new String[] { Long.toString(run.id()), run.period().toString(),
						messages.format("runs.status." + run.status().name().toLowerCase(Locale.ROOT)),
						time(run.createdAt(), times), time(run.endedAt(), times), count(run.rowsRead(), messages),
						count(run.rowsAccepted(), messages), count(run.rowsRejected(), messages), count(mailed, messages),
						outputs(run) });
			}
			print(writer, rows);
			if (runs.isEmpty()) {
				writer.println(messages.format("runs.none"));
			}
		}
		return Cli.OK;
	}

	/** The columns, their header keys {@code runs.col.*}. */
	private static final String[] COLUMNS = { "id", "period", "status", "started", "ended", "read", "accepted", "rejected",
			"mailed", "outputs" };

	/** The least width of each column (the English list's) and whether it is aligned right. */
	private static final int[] WIDTHS = { 5, 7, 9, 20, 20, 10, 10, 10, 6, 0 };

	private static final boolean[] RIGHT = { true, false, false, false, false, true, true, true, true, false };

	/** Columns as wide as their widest word or value, at least as wide as the English list's. */
	private static void print(PrintWriter writer, List<String[]> rows) {
		int[] widths = WIDTHS.clone();
		for (String[] row : rows) {
			for (int i = 0; i < row.length - 1; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				String pad = " ".repeat(Math.max(0, widths[i] - row[i].length()));
				line.append(i == 0 ? "" : "  ").append(RIGHT[i] ? pad + row[i] : i == row.length - 1 ? row[i] : row[i] + pad);
			}
			writer.println(line);
		}
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

	/** A time in UTC, as the language writes it ({@code runs.time}). */
	private static String time(java.time.Instant instant, DateTimeFormatter times) {
		return instant == null ? "-" : times.format(instant);
	}

	/** A count, grouped as the language writes numbers (1,234 or 1.234). */
	private static String count(Long count, Messages messages) {
		return count == null ? "-" : messages.texts().number(BigDecimal.valueOf(count), 0);
	}

}
