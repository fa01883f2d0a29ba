package org.scorecard.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import org.scorecard.reference.Agency;
import org.scorecard.reference.ReferenceData;
import org.scorecard.template.TemplateWriter;
import org.scorecard.text.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "template", mixinStandardHelpOptions = true,
		description = "Write the blank XLSX submission form for an agency and period.")
class TemplateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@ParentCommand
	ScorecardCommand parent;

	@Option(names = "--agency", paramLabel = "CODE", required = true, description = "The agency's code.")
	String agency;

	@Option(names = "--period", paramLabel = "YYYY-MM", required = true, description = "The reporting month; YYYY-Qn for the month that closes quarter n.")
	String period;

	@Option(names = "--out", paramLabel = "FILE",
			description = "Where to write the form (default: output/forms/CODE-PERIOD.xlsx).")
	Path out;

	@Option(names = "--reference", paramLabel = "DIR", defaultValue = "seeds/reference",
			description = "Reference data folder (default: ${DEFAULT-VALUE}).")
	Path reference;

	@Override
	public Integer call() throws Exception {
		YearMonth month = CommonOptions.period(period);
		ReferenceData data = CommonOptions.reference(reference);
		Agency found = data.agencies().get(agency);
		if (found == null) {
			throw new UsageException(Message.of("usage.agency", "agency", agency, "file", reference.resolve("agencies.csv")));
		}
		Path target = out != null ? out : Path.of("output", "forms", found.code() + "-" + month + ".xlsx");
		TemplateWriter.write(data, found, month, target);
		spec.commandLine().getOut().println(CommandLanguage.messages(this, parent == null ? java.util.List.of() : parent.settings).format("template.wrote", "file", target));
		return Cli.OK;
	}

}
