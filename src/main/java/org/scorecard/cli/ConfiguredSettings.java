package org.scorecard.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scorecard.run.RunSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * The run's settings ({@code scorecard.*}) for a command that does not start the application (validate):
 * from the command line's {@code --name=value} settings, the environment ({@code SCORECARD_LANG}),
 * {@code config/application.yml} and {@code application.yml} of the working directory, then the built-in
 * one, in the order Spring Boot gives them precedence.
 */
final class ConfiguredSettings {

	private ConfiguredSettings() {
	}

	static RunSettings of(List<String> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		var sources = environment.getPropertySources();
		sources.addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
		addYaml(environment, new FileSystemResource(Path.of("config", "application.yml")));
		addYaml(environment, new FileSystemResource(Path.of("application.yml")));
		addYaml(environment, new ClassPathResource("application.yml"));
		return Binder.get(environment).bindOrCreate("scorecard", RunSettings.class);
	}

	private static void addYaml(StandardEnvironment environment, Resource yaml) {
		if (!yaml.exists() || (yaml instanceof FileSystemResource file && !Files.isRegularFile(file.getFile().toPath()))) {
			return;
		}
		try {
			new YamlPropertySourceLoader().load(yaml.getDescription(), yaml)
				.forEach(source -> environment.getPropertySources().addLast(source));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
