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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes {@code scorecard-PERIOD.xlsx}, one class per sheet: About, Summary, Reconciliation, Values,
 * Submissions, Rejections, Completeness, Tasks, Data quality, Targets and, from a second edition on,
 * Changes. Streams every sheet with
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
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
				workbook.setCompressTempFiles(false);
				write(new WorkbookRun(context, context.accounted(), workbook, new Styles(workbook), jdbc, tree, decimals,
						generatedAt, version), target);
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
		SheetLayout submissions = new SheetLayout(SubmissionsSheet.NAME, 0, maxRows, SubmissionsSheet.count(jdbc, runId));
		SheetLayout rejections = new SheetLayout(SubmissionsSheet.REJECTIONS, 0, maxRows,
				SubmissionsSheet.countRejected(jdbc, runId));
		SheetLayout values = new SheetLayout(ValuesSheet.NAME, 0, maxRows, ValuesSheet.count(jdbc, runId));
		SXSSFWorkbook workbook = book.workbook();
		Styles styles = book.styles();
		int year = run.period().year();
		String title = "Scorecard " + run.period() + ": results against targets (run " + runId + ", edition "
				+ run.edition() + ")";
		AboutSheet.write(book);
		var summary = SummarySheet.write(workbook, styles, jdbc, runId, year, run.period().monthOfYear(),
				new SheetLayout(SummarySheet.NAME, SummarySheet.HEADER_ROW, EXCEL_ROWS, SummarySheet.count(jdbc, runId)),
				values, book.reference(), book.tree(), title);
		MatrixSheet.write(book, summary);
		ReconciliationSheet.write(workbook, styles, jdbc, runId,
				new SheetLayout(ReconciliationSheet.NAME, 0, EXCEL_ROWS, ReconciliationSheet.count(jdbc, runId)),
				submissions, rejections);
		ValuesSheet.write(workbook, styles, jdbc, runId, year, values, submissions, book.decimals());
		SubmissionsSheet.write(workbook, styles, jdbc, runId, submissions, book.decimals());
		SubmissionsSheet.writeRejections(workbook, styles, jdbc, runId, rejections);
		CompletenessSheet.write(book);
		TasksSheet.write(book);
		QualitySheet.write(book);
		TargetsSheet.write(book);
		ChangesSheet.write(book);
		properties(book, title);
		workbook.setActiveSheet(1);
		AtomicFile.write(target, workbook::write);
	}

	private static void properties(WorkbookRun book, String title) {
		Run run = book.run();
		var core = book.workbook().getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(title);
		core.setSubjectProperty("Monthly scorecard " + run.period() + ": figures, their sources and checks");
		core.setCreator("Scorecard " + book.version());
		core.setKeywords("scorecard; " + run.period() + "; run " + run.id());
		core.setDescription("Fingerprint " + run.fingerprint());
		core.setCreated(Optional.of(Date.from(book.generatedAt())));
	}

}
