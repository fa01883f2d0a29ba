package org.scorecard.run;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.scorecard.completeness.ReportingStatus;
import org.scorecard.period.Cutoff;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.reference.ReferenceData;
import org.scorecard.text.Language;
import org.scorecard.text.Messages;

/**
 * What every step of one job execution needs to know about its run, typed and built once
 * ({@link RunContexts}): the run's record, its dates, and, read once on first use, the reference data
 * stored for the run and the completeness of the period (known once ingestion is done); and, once the
 * results are built, how many months their window holds.
 */
public final class RunContext {

	private final Run run;

	private final Supplier<ReferenceData> reference;

	private final Supplier<List<ReportingStatus>> statuses;

	private final Supplier<Run> accounted;

	private final Supplier<Messages> messages;

	private final Supplier<Messages> secondMessages;

	private final Language lang;

	/** The months of the results' window as the results step counted them; -1 until it has. */
	private final AtomicLong windowValues;

	RunContext(Run run, Supplier<ReferenceData> reference, Supplier<List<ReportingStatus>> statuses,
			Supplier<Run> accounted) {
		this(run, once(reference), once(statuses), once(accounted), run.lang(), new AtomicLong(-1));
	}

	private RunContext(Run run, Supplier<ReferenceData> reference, Supplier<List<ReportingStatus>> statuses,
			Supplier<Run> accounted, Language lang, AtomicLong windowValues) {
		this.run = run;
		this.reference = reference;
		this.statuses = statuses;
		this.accounted = accounted;
		this.lang = lang;
		this.windowValues = windowValues;
		this.messages = once(() -> Messages.load(run.templatesDir(), lang));
		this.secondMessages = once(() -> run.second() == null ? null : Messages.load(run.templatesDir(), run.second()));
	}

	/**
	 * The same run seen by one of its editions: {@link #lang()} is the edition's language, and
	 * {@link #stored} reads the texts stored in it. The reference data and statuses are shared.
	 */
	public RunContext edition(Language edition) {
		return edition == lang ? this : new RunContext(run, reference, statuses, accounted, edition, windowValues);
	}

	/** The run's editions, its own language first: one context each. */
	public List<RunContext> editions() {
		return run.langs().stream().map(this::edition).toList();
	}

	/** The messages and reasons in this context's language (the run's own for the steps that store them). */
	public Messages messages() {
		return messages.get();
	}

	/**
	 * The messages in the run's second language, stored beside the run's own ({@code message_alt}) so
	 * that the second edition shows them in its language; null when the run has one language.
	 */
	public Messages secondMessages() {
		return secondMessages.get();
	}

	/**
	 * A stored text column as this edition reads it: the column itself (the run's language), or, for the
	 * second edition, its {@code _alt} twin where it is set: {@code COALESCE(r.message_alt, r.message)}.
	 */
	public String stored(String column) {
		return stored(column, lang != run.lang());
	}

	/** A stored text column in the run's own language, or ({@code second}) in its second where there is one. */
	public static String stored(String column, boolean second) {
		return second ? "COALESCE(" + column + "_alt, " + column + ")" : column;
	}

	/** Whether this edition is the run's second language (its stored texts are the {@code _alt} columns). */
	public boolean second() {
		return lang != run.lang();
	}

	/** The name of this edition's file: {@code scorecard-2026-10.pdf}, or {@code .vi.pdf} in a two-language run. */
	public String fileName(String stem, String extension) {
		return run.fileName(stem, lang, extension);
	}

	public Run run() {
		return run;
	}

	public long runId() {
		return run.id();
	}

	public ReportingPeriod period() {
		return run.period();
	}

	public Cutoff cutoff() {
		return run.cutoff();
	}

	public int deadlineDays() {
		return run.deadlineDays();
	}

	/** The language of this edition (the run's own unless {@link #edition} chose the other). */
	public Language lang() {
		return lang;
	}

	/** The period's first day under the run's cut-off. */
	public LocalDate start() {
		return run.period().start(run.cutoff());
	}

	/** The period's last day under the run's cut-off: the date tasks are judged as of. */
	public LocalDate asOf() {
		return run.period().end(run.cutoff());
	}

	/** The first instant after the deadline: the start of the day after it, in the reporting zone. */
	public Instant deadlineEnd() {
		return deadlineEnd(run);
	}

	/** The first instant after the deadline of another period, under this run's cut-off and deadline days. */
	public Instant deadlineEnd(ReportingPeriod period) {
		return period.end(run.cutoff()).plusDays(run.deadlineDays() + 1L).atStartOfDay(ReportingPeriod.ZONE).toInstant();
	}

	static Instant deadlineEnd(Run run) {
		return run.period().end(run.cutoff()).plusDays(run.deadlineDays() + 1L).atStartOfDay(ReportingPeriod.ZONE)
			.toInstant();
	}

	public Path referenceDir() {
		return run.referenceDir();
	}

	public Path inboxDir() {
		return run.inboxDir();
	}

	public Path outDir() {
		return run.outDir();
	}

	/** Where this period's edition is written: {@code OUT/2026-10}. */
	public Path periodDir() {
		return run.periodDir();
	}

	public Path templatesDir() {
		return run.templatesDir();
	}

	/** The reference data stored for the run (read once). */
	public ReferenceData reference() {
		return reference.get();
	}

	/** The run's record as it is once its rows are accounted for: with rows read, accepted and rejected. */
	public Run accounted() {
		return accounted.get();
	}

	/**
	 * Keeps the number of months in the results' window (the {@code window_value} view), counted by the
	 * results as they read them: one row each on the workbook's "Values" sheet.
	 */
	public void windowValues(long count) {
		windowValues.set(count);
	}

	/**
	 * The number of months in the results' window, as the results of this job execution counted them;
	 * empty when they were not built in it (a restarted run whose results step had completed before).
	 */
	public OptionalLong windowValues() {
		long count = windowValues.get();
		return count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
	}

	/** Every expected reporter's timeliness (computed once, after ingestion). */
	public List<ReportingStatus> statuses() {
		return statuses.get();
	}

	private static <T> Supplier<T> once(Supplier<T> supplier) {
		return new Supplier<>() {

			private T value;

			@Override
			public synchronized T get() {
				if (value == null) {
					value = supplier.get();
				}
				return value;
			}

		};
	}

}
