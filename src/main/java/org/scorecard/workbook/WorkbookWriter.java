package org.scorecard.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecard.files.AtomicFile;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.ReferenceData;
import org.scorecard.run.Run;
import org.scorecard.run.RunContext;
import org.scorecard.text.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes {@code scorecard-PERIOD.xlsx}, one class per sheet: About, Summary, Reconciliation, Values,
 * Submissions, Rejections, Completeness, Tasks, Data quality, Targets and, from a second edition on,
 * Changes, named and worded in the run's language ({@link Words}). Streams every sheet with
 * SXSSF (100 rows in memory); Values, Submissions and Rejections continue on "Name (2)" past {@code
 * scorecard.workbook.max-rows}, and every formula names all their parts.
 */
@Component
public class WorkbookWriter {

	static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final JdbcTemplate jdbc;

	private final String version;

	private final int maxRows;

	public WorkbookWriter(JdbcTemplate jdbc, ObjectProvider<BuildProperties> build,
			@Value("${scorecard.workbook.max-rows:1048576}") int maxRows) {
		this.jdbc = jdbc;
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
		this.maxRows = Math.min(maxRows, EXCEL_ROWS);
	}

	public void write(RunContext context, Instant generatedAt, Path target) throws IOException {
		ReferenceData reference = context.reference();
		Map<String, Integer> decimals = new HashMap<>();
		reference.indicators().values().forEach(i -> decimals.put(i.code(), i.decimals()));
		AgencyTree tree = new AgencyTree(reference.agencies());

		// SXSSF spills rows to temporary files: keep them in the output folder, never in the system's
		// temporary folder (nothing outside the output folder is written), and remove them afterwards
		Path spill = Files.createDirectories(target.toAbsolutePath().getParent().resolve(".workbook-tmp"));
		synchronized (TempFile.class) {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(spill.toFile()));
			try (SXSSFWorkbook workbook = new StreamingWorkbook(100)) {
				write(new WorkbookRun(context, context.accounted(), workbook, new Styles(workbook), jdbc, tree, decimals,
						generatedAt, version, new Words(Texts.load(context.templatesDir(), "workbook", context.lang()))), target);
			}
			finally {
				TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
				FileSystemUtils.deleteRecursively(spill);
			}
		}
	}

	private void write(WorkbookRun book, Path target) throws IOException {
		long runId = book.runId();
		Run run = book.run();
		Words words = book.words();
		// the long sheets are planned before they are written (formulas on the sheets before them name their
		// rows): the rows of the months carried, counted per file, and the months of the results' window
		Carried carried = Carried.of(jdbc, run);
		SheetLayout submissions = new SheetLayout(words.sheet("submissions"), 0, maxRows, carried.accepted());
		SheetLayout rejections = new SheetLayout(words.sheet("rejections"), 0, maxRows,
				SubmissionsSheet.countRejected(jdbc, run, carried));
		SheetLayout values = new SheetLayout(words.sheet("values"), 0, maxRows, ValuesSheet.count(book));
		SXSSFWorkbook workbook = book.workbook();
		Styles styles = book.styles();
		int year = run.period().year();
		String title = words.format("workbook.title", titleValues(book));
		AboutSheet.write(book, carried);
		var summary = SummarySheet.write(book, values, title);
		MatrixSheet.write(book, summary);
		ReconciliationSheet.write(book,
				new SheetLayout(words.sheet("reconciliation"), 0, EXCEL_ROWS, ReconciliationSheet.count(jdbc, runId)),
				submissions, rejections, carried);
		ValuesSheet.write(book, values, submissions);
		SubmissionsSheet.write(book, submissions, carried);
		SubmissionsSheet.writeRejections(book, rejections, carried);
		CompletenessSheet.write(book);
		TasksSheet.write(book);
		QualitySheet.write(book);
		TargetsSheet.write(book);
		ChangesSheet.write(book);
		properties(book, title);
		workbook.setActiveSheet(1);
		AtomicFile.write(target, workbook::write);
	}

	/** The values the titles may name: the period as a code (2026-10) and in words, the run and edition. */
	static Object[] titleValues(WorkbookRun book) {
		Run run = book.run();
		return new Object[] { "code", run.period(), "period",
				book.words().texts().period(run.period().month()), "run",
				run.id(), "edition", run.edition(), "fingerprint", run.fingerprint() };
	}

	private static void properties(WorkbookRun book, String title) {
		Run run = book.run();
		Words words = book.words();
		Object[] values = titleValues(book);
		var core = book.workbook().getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(title);
		core.setSubjectProperty(words.format("workbook.subject", values));
		core.setCreator("Scorecard " + book.version());
		core.setKeywords(words.format("workbook.keywords", values));
		core.setDescription(words.format("workbook.description", values));
		core.setCreated(Optional.of(Date.from(book.generatedAt())));
		// the language of the text, for spelling checkers and screen readers
		core.getUnderlyingProperties().setLanguageProperty(book.context().lang().code());
	}

}
