package org.scorecard.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

	private final PlatformTransactionManager transactions;

	private final int threads;

	public WorkbookWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions, ObjectProvider<BuildProperties> build,
			@Value("${scorecard.workbook.max-rows:1048576}") int maxRows,
			@Value("${scorecard.workbook.threads:0}") int threads) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.threads = threads > 0 ? threads
				: defaultThreads(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
		this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getVersion).orElse("development");
		this.maxRows = Math.min(maxRows, EXCEL_ROWS);
	}

	/** The heap below which the workbook is written on one thread by default ({@link #defaultThreads}). */
	static final long TWO_THREADS_HEAP = 256L * 1024 * 1024;

	/**
	 * Two threads where the machine has two processors and the heap is at least 256 MB, else one. Two
	 * threads keep two sheets' rows and queries in memory at once: a warm run over a million rows of
	 * history under {@code -Xmx80m} wrote its workbook in 121.5 s on one thread and in 289.2 s on two
	 * (the two runs side by side; 2,236 full collections, live heap up to 77 MB against 63 MB), and a cold
	 * run under {@code -Xmx80m} ran out of heap writing it on two.
	 */
	static int defaultThreads(int processors, long maxHeap) {
		return processors >= 2 && maxHeap >= TWO_THREADS_HEAP ? 2 : 1;
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
			try (SXSSFWorkbook workbook = new StreamingWorkbook(100, threads)) {
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
		writeLists(book, values, submissions, rejections, carried);
		CompletenessSheet.write(book);
		TasksSheet.write(book);
		QualitySheet.write(book);
		TargetsSheet.write(book);
		ChangesSheet.write(book);
		properties(book, title);
		workbook.setActiveSheet(1);
		AtomicFile.write(target, workbook::write);
	}

	/**
	 * Values, Submissions and Rejections, the sheets of the window's rows and nine tenths of the
	 * workbook's cells: made in this order, then filled, Values on this thread and the other two on a
	 * second one when {@code scorecard.workbook.threads} is 2 or more (each has its own query and writes
	 * only its own sheet's rows; the styles they share are made under a lock), then finished here in
	 * order (filters, print titles and protection change the workbook). The second thread reads in a
	 * read-only transaction of its own: PostgreSQL streams a result set only inside one, and what it
	 * reads was committed by the steps before this one.
	 */
	private void writeLists(WorkbookRun book, SheetLayout values, SheetLayout submissions, SheetLayout rejections,
			Carried carried) {
		PagedSheet valuesSheet = ValuesSheet.open(book, values);
		PagedSheet submissionsSheet = SubmissionsSheet.open(book, submissions);
		PagedSheet rejectionsSheet = SubmissionsSheet.openRejections(book, rejections);
		Runnable lists = () -> {
			SubmissionsSheet.fill(book, submissionsSheet, carried, jdbc);
			SubmissionsSheet.fillRejections(book, rejectionsSheet, carried, jdbc);
		};
		if (threads < 2) {
			ValuesSheet.fill(book, valuesSheet, submissions, jdbc);
			lists.run();
		}
		else {
			TransactionTemplate readOnly = new TransactionTemplate(transactions);
			readOnly.setReadOnly(true);
			try (ExecutorService second = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("scorecard-workbook").factory())) {
				Future<?> other = second.submit(() -> readOnly.executeWithoutResult(status -> lists.run()));
				// the second thread writes into this workbook: it must be done before the workbook closes,
				// whatever happens here (never interrupted: H2 closes its file when a reading thread is)
				try {
					ValuesSheet.fill(book, valuesSheet, submissions, jdbc);
				}
				catch (RuntimeException | Error ex) {
					try {
						joined(other);
					}
					catch (RuntimeException | Error also) {
						ex.addSuppressed(also);
					}
					throw ex;
				}
				joined(other);
			}
		}
		valuesSheet.finishAsPlanned();
		submissionsSheet.finishAsPlanned();
		rejectionsSheet.finishAsPlanned();
	}

	/** Waits for the task and throws what it threw. */
	private static void joined(Future<?> task) {
		boolean interrupted = false;
		while (true) {
			try {
				task.get();
				break;
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
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
