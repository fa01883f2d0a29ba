package org.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scorecard.reference.ReferenceData;
import org.scorecard.submission.Validation;
import org.scorecard.run.RunSettings;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.scorecard.text.Quoted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check submission files against the reference data without storing anything. Prints each problem "
				+ "as file:line: CODE message, in the language of --lang; exits 1 when any row would be rejected.")
class ValidateCommand implements Callable<Integer>, CommandLanguage {

	@Spec
	CommandSpec spec;

	@ParentCommand
	ScorecardCommand parent;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV, XLSX, XLSM or XLS submission files.")
	List<Path> files;

	@Option(names = "--reference", paramLabel = "DIR", defaultValue = "seeds/reference",
			description = "Reference data folder (default: ${DEFAULT-VALUE}).")
	Path reference;

	@Option(names = "--cutoff", paramLabel = "calendar|decree09", defaultValue = "calendar",
			description = "Period cut-off (default: ${DEFAULT-VALUE}).")
	String cutoff;

	@Option(names = "--lang", paramLabel = "en|vi", converter = RunOptions.LanguageConverter.class,
			description = "Language of the messages; overrides the setting scorecard.lang (default: en).")
	Language lang;

	@Override
	public Language langOption() {
		return lang;
	}

	@Override
	public Integer call() {
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException(Message.of("usage.file", "file", file));
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		ReferenceData data = CommonOptions.reference(reference);
		// the messages an officer reads, in the language a run of the same settings would store them
		RunSettings settings = ConfiguredSettings.of(parent == null ? List.of() : parent.settings);
		Messages messages = Messages.load(settings.templates(), lang != null ? lang : settings.lang());
		Validation.Outcome outcome = new Validation(data, CommonOptions.cutoff(cutoff), messages).check(files);
		List<Validation.Problem> problems = outcome.problems();
		// file by file: what was skipped in it, then its problems
		for (Path file : files) {
			String name = file.toString();
			// file names and fields are shown with invisible characters escaped (no newline or direction override
			// from a file name reaches the terminal)
			outcome.notes().stream().filter(note -> note.file().equals(name)).forEach(n -> out.println(Quoted.visible(n.toString())));
			problems.stream()
				.filter(problem -> problem.file().equals(name))
				.forEach(p -> out.println(Quoted.visible(p.toString())));
		}
		String summary = problems.isEmpty()
				? messages.format("validate.none", "rows", count(outcome.accepted().size()))
				: messages.format("validate.problems", "count", count(problems.size()));
		out.println(outcome.notes().isEmpty() ? summary
				: messages.format("validate.with_skipped", "summary", summary, "skipped", count(outcome.notes().size())));
		return problems.isEmpty() ? Cli.OK : Cli.FAILED;
	}

	/** A count, grouped as the language writes numbers (1.234 in Vietnamese). */
	private static java.math.BigDecimal count(int n) {
		return java.math.BigDecimal.valueOf(n);
	}

}
