package org.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scorecard.reference.ReferenceData;
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
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException("The file '" + file + "' does not exist.");
			}
		}
		PrintWriter out = spec.commandLine().getOut();
		ReferenceData data = CommonOptions.reference(reference);
		List<Validation.Problem> problems = new Validation(data, CommonOptions.cutoff(cutoff)).validate(files);
		problems.forEach(out::println);
		out.println(problems.isEmpty() ? "No problems: every row would be accepted."
				: problems.size() + " problem(s) found.");
		return problems.isEmpty() ? Cli.OK : Cli.FAILED;
	}

}
