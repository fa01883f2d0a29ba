package org.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scorecard.ScorecardApplication;
import org.scorecard.text.Message;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application for the commands that need the database. The database is an
 * embedded H2 file under the output folder unless {@code --db} or {@code SCORECARD_DB_URL} names
 * another (with {@code SCORECARD_DB_USER} and {@code SCORECARD_DB_PASSWORD}).
 */
final class ApplicationContexts {

	private ApplicationContexts() {
	}

	static ConfigurableApplicationContext start(Path outDir, String db, List<String> settings) {
		String url = db != null ? db : System.getenv("SCORECARD_DB_URL");
		List<String> args = new ArrayList<>(settings);
		if (url == null || url.isBlank()) {
			try {
				Files.createDirectories(outDir);
			}
			catch (java.io.IOException ex) {
				throw new UsageException(Message.of("usage.out.create", "out", outDir, "detail", ex.getMessage()));
			}
			url = "jdbc:h2:file:" + outDir.toAbsolutePath().normalize().resolve("scorecard-db")
					+ ";DB_CLOSE_ON_EXIT=FALSE";
		}
		args.add("--spring.datasource.url=" + url);
		setFromEnvironment(args, "SCORECARD_DB_USER", "spring.datasource.username");
		setFromEnvironment(args, "SCORECARD_DB_PASSWORD", "spring.datasource.password");
		try {
			return new SpringApplicationBuilder(ScorecardApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.run(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			String message = Cli.rootMessage(ex);
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof org.springframework.boot.context.properties.bind.BindException bind) {
					throw new UsageException(Message.of("usage.setting", "setting", bind.getName(), "detail", message));
				}
			}
			if (message.contains("already in use") || message.contains("file is locked")) {
				throw new UsageException(Message.of("usage.database.in_use", "out", outDir));
			}
			throw new UsageException(Message.of("usage.database", "url", redact(url), "detail", message));
		}
	}

	private static void setFromEnvironment(List<String> args, String variable, String property) {
		String value = System.getenv(variable);
		if (value != null && !value.isEmpty()) {
			args.add("--" + property + "=" + value);
		}
	}

	/** A JDBC URL without any password it may carry. */
	static String redact(String url) {
		return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
	}

}
