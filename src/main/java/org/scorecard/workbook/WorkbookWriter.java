package org.scorecard.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.scorecard.completeness.Completeness;
import org.scorecard.completeness.ReportingStatus;
import org.scorecard.files.AtomicFile;
import org.scorecard.reference.Agency;
import org.scorecard.reference.AgencyTree;
import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.reference.Target;
import org.scorecard.reference.Task;
import org.scorecard.run.Run;
import org.scorecard.period.Cutoff;
import org.scorecard.submission.RowChecker;
import org.scorecard.task.TaskStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import org.scorecard.period.ReportingPeriod;

/**
 * Writes {@code scorecard-PERIOD.xlsx}: About, Summary, Reconciliation, Values, Submissions,
 * Rejections, Completeness, Tasks, Data quality and Targets. Streams every sheet with SXSSF (100 rows
 * in memory); Values, Submissions and Rejections continue on "Name (2)" past {@code
 * scorecard.workbook.max-rows}, and every formula names all their parts.
 */
@Component
public class WorkbookWriter {

	private static final int EXCEL_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

	private final JdbcTemplate jdbc;

	private final ReferenceRepository references;

	private final Completeness completeness;

	private final String version;

	private final int maxRows;

	public WorkbookWriter(JdbcTemplate jdbc, ReferenceRepository references, Completeness completeness,
			ObjectProvider<BuildProperties> build, @Value("${scorecard.workbook.max-rows:1048576}") int maxRows) {
		this.jdbc = jdbc;
		this.references = references;
		this.completeness = completeness;
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
		this.maxRows = Math.min(maxRows, EXCEL_ROWS);
	}

	public void write(Run run, Instant generatedAt, Path target) throws IOException {
		long runId = run.id();
		YearMonth period = YearMonth.parse(run.period());
		ReferenceData reference = references.load(runId);
		Map<String, Integer> decimals = new HashMap<>();
		reference.indicators().values().forEach(i -> decimals.put(i.code(), i.decimals()));
		AgencyTree tree = new AgencyTree(reference.agencies());

		// SXSSF spills rows to temporary files: keep them in the output folder, never in the system's
		// temporary folder (nothing outside the output folder is written), and remove them afterwards
		Path spill = Files.createDirectories(target.toAbsolutePath().getParent().resolve(".workbook-tmp"));
		synchronized (TempFile.class) {
			TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(spill.toFile()));
			try {
				write(run, generatedAt, target, runId, period, reference, decimals, tree);
			}
			finally {
				TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
				FileSystemUtils.deleteRecursively(spill);
			}
		}
	}

	private void write(Run run, Instant generatedAt, Path target, long runId, YearMonth period,
			ReferenceData reference, Map<String, Integer> decimals, AgencyTree tree) throws IOException {
		SheetLayout submissions = new SheetLayout(SubmissionsSheet.NAME, 0, maxRows,
				SubmissionsSheet.count(jdbc, runId));
		SheetLayout rejections = new SheetLayout(SubmissionsSheet.REJECTIONS, 0, maxRows,
				SubmissionsSheet.countRejected(jdbc, runId));
		SheetLayout values = new SheetLayout(ValuesSheet.NAME, 0, maxRows, ValuesSheet.count(jdbc, runId));

		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			workbook.setCompressTempFiles(false);
			Styles styles = new Styles(workbook);
			String title = "Scorecard " + run.period() + ": results against targets (run " + runId + ", edition "
					+ run.edition() + ")";
			about(workbook, styles, run, generatedAt);
			SummarySheet.write(workbook, styles, jdbc, runId, period.getYear(), period.getMonthValue(),
					new SheetLayout(SummarySheet.NAME, SummarySheet.HEADER_ROW, EXCEL_ROWS,
							SummarySheet.count(jdbc, runId)),
					values, reference, tree, title);
			ReconciliationSheet.write(workbook, styles, jdbc, runId,
					new SheetLayout(ReconciliationSheet.NAME, 0, EXCEL_ROWS, ReconciliationSheet.count(jdbc, runId)),
					submissions, rejections);
			ValuesSheet.write(workbook, styles, jdbc, runId, period.getYear(), values, submissions, decimals);
			SubmissionsSheet.write(workbook, styles, jdbc, runId, submissions, decimals);
			SubmissionsSheet.writeRejections(workbook, styles, jdbc, runId, rejections);
			completeness(workbook, styles, run, period, reference, tree);
			tasks(workbook, styles, reference, Cutoff.valueOf(run.cutoff()).end(period));
			quality(workbook, styles, runId);
			targets(workbook, styles, reference);
			properties(workbook, run, generatedAt, title);
			workbook.setActiveSheet(1);
			AtomicFile.write(target, workbook::write);
		}
	}

	private void properties(SXSSFWorkbook workbook, Run run, Instant generatedAt, String title) {
		var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		core.setTitle(title);
		core.setSubjectProperty("Monthly scorecard " + run.period() + ": figures, their sources and checks");
		core.setCreator("Scorecard " + version);
		core.setKeywords("scorecard; " + run.period() + "; run " + run.id());
		core.setDescription("Fingerprint " + run.fingerprint());
		core.setCreated(Optional.of(Date.from(generatedAt)));
	}

	private void about(SXSSFWorkbook workbook, Styles styles, Run run, Instant generatedAt) {
		long files = jdbc.queryForObject("SELECT COUNT(*) FROM input_file WHERE run_id = ?", Long.class, run.id());
		YearMonth period = YearMonth.parse(run.period());
		Cutoff cutoff = Cutoff.valueOf(run.cutoff());
		String[][] labels = { { "Scorecard: the auditor's workbook", null }, { "Period", run.period() },
				{ "Run id", Long.toString(run.id()) }, { "Edition", Integer.toString(run.edition()) },
				{ "Generated at", generatedAt.toString() }, { "Software version", "Scorecard " + version },
				{ "Reference folder", run.referenceDir() }, { "Inbox folder", run.inboxDir() },
				{ "Output folder", run.outDir() },
				{ "Period cut-off", cutoff == Cutoff.CALENDAR ? "calendar month" : "Decree 09 (15th to 14th)" },
				{ "Deadline", run.deadlineDays() + " days after the period ends: end of "
						+ Completeness.deadlineEnd(period, cutoff, run.deadlineDays()).minusNanos(1).atZone(ReportingPeriod.ZONE)
							.toLocalDate() + " (Asia/Ho_Chi_Minh)" },
				{ "Fingerprint (SHA-256)", run.fingerprint() },
				{ "Rows", run.rowsRead() + " read = " + run.rowsAccepted() + " accepted + " + run.rowsRejected()
						+ " rejected (see Reconciliation)" },
				{ "Sheets", "Summary: results; Reconciliation: rows per file; Values: every month used, traced to "
						+ "Submissions; Submissions: every accepted row; Rejections: every rejected row; Completeness; "
						+ "Tasks; Data quality; Targets" } };
		PagedSheet sheet = new PagedSheet(workbook, new SheetLayout("About", labels.length + 1, EXCEL_ROWS, files),
				styles, new String[] { "File #", "File", "Status", "SHA-256", "Bytes", "Read", "Accepted", "Rejected",
						"Message" },
				new int[] { 22, 60, 11, 66, 10, 9, 9, 9, 50 });
		for (int i = 0; i < labels.length; i++) {
			Row row = sheet.preamble(i);
			Cells.text(row, 0, labels[i][0], i == 0 ? styles.title : styles.label);
			Cells.text(row, 1, labels[i][1], styles.text);
		}
		jdbc.query("SELECT file_id, path, status, sha256, size_bytes, rows_read, rows_accepted, rows_rejected, message "
				+ "FROM input_file WHERE run_id = ? ORDER BY file_id", rs -> {
					Row row = sheet.next();
					Cells.number(row, 0, rs.getLong(1), styles.plain);
					Cells.text(row, 1, rs.getString(2), styles.text);
					Cells.text(row, 2, rs.getString(3), null);
					Cells.text(row, 3, rs.getString(4), styles.text);
					Cells.number(row, 4, rs.getLong(5), styles.integer);
					if (!"skipped".equals(rs.getString(3))) {
						Cells.number(row, 5, rs.getLong(6), styles.integer);
						Cells.number(row, 6, rs.getLong(7), styles.integer);
						Cells.number(row, 7, rs.getLong(8), styles.integer);
					}
					Cells.text(row, 8, rs.getString(9), styles.text);
				}, run.id());
		sheet.finish();
	}

	private PagedSheet list(SXSSFWorkbook workbook, Styles styles, String name, long rows, String[] headers,
			int[] widths) {
		return new PagedSheet(workbook, new SheetLayout(name, 0, EXCEL_ROWS, rows), styles, headers, widths);
	}

	private void completeness(SXSSFWorkbook workbook, Styles styles, Run run, YearMonth period,
			ReferenceData reference, AgencyTree tree) {
		List<ReportingStatus> statuses = completeness.statuses(run.id(), period, Cutoff.valueOf(run.cutoff()),
				run.deadlineDays());
		PagedSheet sheet = list(workbook, styles, "Completeness", statuses.size(),
				new String[] { "Agency", "Name", "Tên", "Status", "First submitted at (Asia/Ho_Chi_Minh)" },
				new int[] { 14, 36, 36, 12, 30 });
		statuses.stream().sorted(java.util.Comparator.comparingInt(s -> tree.position(s.agency()))).forEach(status -> {
			Agency agency = reference.agencies().get(status.agency());
			Row row = sheet.next();
			Cells.text(row, 0, status.agency(), null);
			Cells.text(row, 1, agency.name(), null);
			Cells.text(row, 2, agency.nameVi(), null);
			Cells.text(row, 3, status.status(), styles.status(status.status()));
			Cells.text(row, 4, status.firstSubmittedAt() == null ? null
					: status.firstSubmittedAt().atZone(ReportingPeriod.ZONE).toOffsetDateTime().toString(), null);
		});
		sheet.finish();
	}

	private void tasks(SXSSFWorkbook workbook, Styles styles, ReferenceData reference, LocalDate asOf) {
		PagedSheet sheet = list(workbook, styles, "Tasks", reference.tasks().size(),
				new String[] { "Id", "Title", "Source", "Lead agency", "Due", "Completed", "Status as of " + asOf },
				new int[] { 8, 60, 36, 12, 11, 11, 14 });
		for (Task task : reference.tasks()) {
			Row row = sheet.next();
			String status = TaskStatus.of(task, asOf).code();
			Cells.text(row, 0, task.id(), styles.text);
			Cells.text(row, 1, task.title(), styles.text);
			Cells.text(row, 2, task.source(), styles.text);
			Cells.text(row, 3, task.leadAgency(), null);
			Cells.text(row, 4, task.dueDate().toString(), null);
			Cells.text(row, 5, task.completedOn() == null ? null : task.completedOn().toString(), null);
			Cells.text(row, 6, status, styles.status(status));
		}
		sheet.finish();
	}

	private void quality(SXSSFWorkbook workbook, Styles styles, long runId) {
		long count = jdbc.queryForObject("SELECT COUNT(*) FROM quality_finding WHERE run_id = ?", Long.class, runId);
		PagedSheet sheet = list(workbook, styles, "Data quality", count,
				new String[] { "Kind", "Agency", "Period", "Indicator", "Rule", "Message", "Value", "Compared with" },
				new int[] { 9, 12, 9, 24, 30, 80, 14, 14 });
		jdbc.query("SELECT kind, agency, period, indicator, rule, message, value_left, value_right FROM quality_finding "
				+ "WHERE run_id = ? ORDER BY position", rs -> {
					Row row = sheet.next();
					for (int column = 0; column < 6; column++) {
						Cells.text(row, column, rs.getString(column + 1), styles.text);
					}
					Cells.number(row, 6, rs.getBigDecimal(7), styles.number(2));
					Cells.number(row, 7, rs.getBigDecimal(8), styles.number(2));
				}, runId);
		sheet.finish();
	}

	private void targets(SXSSFWorkbook workbook, Styles styles, ReferenceData reference) {
		PagedSheet sheet = list(workbook, styles, "Targets", reference.targets().size(),
				new String[] { "Indicator", "Agency", "Year", "Measure", "Operator", "Value", "Value max",
						"Tolerance (empty: the default)" },
				new int[] { 24, 12, 7, 12, 9, 14, 14, 14 });
		for (Target target : reference.targets()) {
			Row row = sheet.next();
			Indicator indicator = reference.indicator(target.indicator());
			var style = styles.number(target.measure().isGrowth() ? 2 : indicator.decimals());
			Cells.text(row, 0, target.indicator(), null);
			Cells.text(row, 1, target.agency(), null);
			Cells.number(row, 2, target.year(), styles.plain);
			Cells.text(row, 3, target.measure().code(), null);
			Cells.text(row, 4, target.operator().symbol(), null);
			Cells.number(row, 5, target.value(), style);
			Cells.number(row, 6, target.valueMax(), style);
			Cells.number(row, 7, target.tolerance(), style);
		}
		sheet.finish();
	}

}
