package org.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scorecard.reference.BrokenReferenceException;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.submission.Cutoff;
import org.scorecard.submission.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check submission files against the reference data without storing anything. Prints each problem "
				+ "as file:line: CODE message; exits 1 when any row would be rejected.")
class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or XLSX submission files.")
	List<Path> files;

	@Option(names = "--reference", paramLabel = "DIR", defaultValue = "seeds/reference",
			description = "Reference data folder (default: ${DEFAULT-VALUE}).")
	Path reference;

	@Option(names = "--cutoff", paramLabel = "calendar|decree09", defaultValue = "calendar",
			description = "Period cut-off (default: ${DEFAULT-VALUE}).")
	String cutoff;

	@Override
	public Integer call() {
		CommonOptions.existingFolder(reference, "reference");
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException("The file '" + file + "' does not exist.");
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		ReferenceData data;
		try {
			data = ReferenceLoader.load(reference);
		}
		catch (BrokenReferenceException ex) {
			ex.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
			spec.commandLine().getErr().println(ex.getMessage());
			return Cli.USAGE;
		}
		Cutoff cut;
		try {
			cut = Cutoff.parse(cutoff);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		List<Validation.Problem> problems = new Validation(data, cut).validate(files);
		problems.forEach(out::println);
		out.println(problems.isEmpty() ? "No problems: every row would be accepted."
				: problems.size() + " problem(s) found.");
		return problems.isEmpty() ? Cli.OK : Cli.FAILED;
	}

}
