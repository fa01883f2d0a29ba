package org.scorecard.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.scorecard.text.Messages;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The log of each run, {@code OUT/PERIOD/logs/run-ID.log} (appended to by restarts): progress lines,
 * every warning and error logged while the run executes (with stack traces, which the console never
 * shows), and the report the command prints at the end. Progress lines also go to the console.
 */
@Component
public class RunLogs {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	private PrintWriter console;

	private Messages messages = Messages.english();

	private BufferedWriter file;

	private Appender appender;

	public RunLogs(Clock clock) {
		this.clock = clock;
	}

	/** Where progress lines are printed as well (the command's output). */
	public synchronized void console(PrintWriter console) {
		this.console = console;
	}

	/** The language of the progress lines: the run's. */
	public synchronized void messages(Messages messages) {
		this.messages = messages;
	}

	/** A progress line from its template ({@code run.progress.*}), in the run's language. */
	public void progress(String key, Object... nameValues) {
		Messages words;
		synchronized (this) {
			words = messages;
		}
		progress(words.format(key, nameValues));
	}

	/** A figure as the progress lines' language writes it, with {@code decimals} decimals. */
	public synchronized String number(double value, int decimals) {
		return messages.texts().number(java.math.BigDecimal.valueOf(value), decimals);
	}

	public static Path file(Run run) {
		return run.periodDir().resolve("logs").resolve("run-" + run.id() + ".log");
	}

	/** Starts writing the run's log and capturing warnings and errors into it. */
	synchronized void start(Run run, String what) {
		finish();
		try {
			Path path = file(run);
			Files.createDirectories(path.getParent());
			file = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		appender = new Appender(this);
		appender.start();
		root().addAppender(appender);
		write("Run " + run.id() + " of " + run.period() + " (edition " + run.edition() + ") " + what);
	}

	synchronized void finish() {
		if (appender != null) {
			root().detachAppender(appender);
			appender.stop();
			appender = null;
		}
		if (file != null) {
			try {
				file.close();
			}
			catch (IOException ex) {
				// the log is best effort; the run's outcome is in the database
			}
			file = null;
		}
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	/** A progress line: on the console and in the log. */
	public synchronized void progress(String line) {
		if (console != null) {
			console.println(line);
			console.flush();
		}
		write(line);
	}

	private synchronized void write(String line) {
		if (file == null) {
			return;
		}
		try {
			file.write(TIME.format(clock.instant()) + " " + line);
			file.newLine();
			file.flush();
		}
		catch (IOException ex) {
			// the log is best effort
		}
	}

	/** Appends text (the command's final report) to the run's log file. */
	public void append(Run run, String text) {
		try {
			Path path = file(run);
			Files.createDirectories(path.getParent());
			Files.writeString(path, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			// best effort
		}
	}

	/** Copies warnings and errors into the run's log. */
	private static final class Appender extends AppenderBase<ILoggingEvent> {

		private final RunLogs logs;

		Appender(RunLogs logs) {
			this.logs = logs;
		}

		@Override
		protected void append(ILoggingEvent event) {
			if (!event.getLevel().isGreaterOrEqual(Level.WARN)) {
				return;
			}
			StringWriter text = new StringWriter();
			text.append(event.getLevel().toString()).append(' ').append(event.getLoggerName()).append(": ")
				.append(event.getFormattedMessage());
			if (event.getThrowableProxy() != null) {
				text.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
			logs.write(text.toString());
		}

	}

}
