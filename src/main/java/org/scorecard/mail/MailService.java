package org.scorecard.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.scorecard.run.RunContexts;
import org.scorecard.text.Language;
import org.scorecard.text.Message;
import org.scorecard.text.Messages;
import org.scorecard.text.Texts;
import org.scorecard.run.Run;
import org.scorecard.run.RunRepository;
import org.scorecard.run.RunStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.scorecard.period.ReportingPeriod;
import org.scorecard.run.RunContext;

/**
 * Mails a completed run's reports: the consolidated report to the secretariat
 * ({@code scorecard.mail.secretariat}) in the run's language, and each reporting agency's scorecard to
 * its {@code email}, in the agency's language where the run has that edition ({@link Letters}).
 * A message the delivery log has as sent is never sent again, so calling again (after a failure or a
 * stop) sends only what is missing. Each message is tried {@code scorecard.mail.attempts} times,
 * waiting {@code scorecard.mail.backoff} after the first failure and twice as long after each next
 * one; a message that still fails is logged as failed and the others go out. A dry run writes the
 * messages to {@code OUT/PERIOD/outbox/NN-KEY.eml} instead, and records nothing.
 */
@Component
public class MailService {

	private final RunRepository runs;

	private final RunContexts contexts;

	private final MailLog log;

	private final MailSettings settings;

	private final ObjectProvider<JavaMailSender> senders;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public MailService(RunRepository runs, RunContexts contexts, MailLog log, MailSettings settings,
			ObjectProvider<JavaMailSender> senders, JdbcTemplate jdbc, Clock clock) {
		this.runs = runs;
		this.contexts = contexts;
		this.log = log;
		this.settings = settings;
		this.senders = senders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Sends (or, for a dry run, writes) every message of the run not yet sent. */
	public MailOutcome send(long runId, boolean dryRun) {
		return send(runId, dryRun, MailProgress.NONE);
	}

	/**
	 * Sends (or writes) every message of the run not yet sent, telling {@code progress} of each.
	 * @throws MailRequestException when the run cannot be mailed at all; nothing was sent
	 */
	public MailOutcome send(long runId, boolean dryRun, MailProgress progress) {
		Run run = mailable(runId);
		JavaMailSender sender = dryRun ? null : sender();
		Map<Language, Texts> texts = new EnumMap<>(Language.class);
		for (Language lang : run.langs()) {
			texts.put(lang, Texts.load(run.templatesDir(), "mail", lang));
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ReportingPeriod.ZONE);
		RunContext context = contexts.of(runId);
		List<Letter> letters = Letters.of(run, settings.secretariatAddresses(), context.reference().agencies().values(),
				texts, today, AgencyNotice.of(context, jdbc),
				LocalDate.ofInstant(context.deadlineEnd().minusNanos(1), ReportingPeriod.ZONE), context.messages());
		Map<String, MailLog.Entry> logged = log.find(runId);
		Outbox outbox = dryRun ? Outbox.open(run.periodDir().resolve("outbox")) : null;
		List<Delivery> deliveries = new ArrayList<>();
		for (Letter letter : letters) {
			MailLog.Entry entry = logged.get(letter.key());
			Delivery delivery;
			if (letter.skipped() != null) {
				delivery = delivery(letter, Delivery.Status.SKIPPED, 0, null, letter.skipped(), null);
			}
			else if (entry != null && entry.sent()) {
				delivery = delivery(letter, Delivery.Status.ALREADY_SENT, 0, entry.sentAt(), null, null);
			}
			else if (dryRun) {
				delivery = write(run, letter, outbox);
			}
			else {
				delivery = deliver(run, letter, entry == null ? 0 : entry.attempts(), sender, progress, context.messages());
			}
			deliveries.add(delivery);
			progress.done(delivery);
		}
		return new MailOutcome(runId, run.period().toString(), dryRun, deliveries);
	}

	private Run mailable(long runId) {
		Run run = runs.find(runId).orElseThrow(() -> new MailRequestException(Message.of("usage.mail.no_run", "id", runId)));
		if (run.status() != RunStatus.COMPLETED) {
			throw new MailRequestException(Message.of("usage.mail.not_completed", "id", runId, "period", run.period()));
		}
		Long latest = jdbc.queryForObject("SELECT MAX(id) FROM run WHERE period = ? AND out_dir = ?", Long.class,
				run.period().toString(), run.outDir().toString());
		if (latest != null && latest != runId) {
			throw new MailRequestException(Message.of("usage.mail.replaced", "id", runId, "period", run.period(), "latest",
					latest, "dir", run.periodDir()));
		}
		settings.check();
		return run;
	}

	private JavaMailSender sender() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new MailRequestException(Message.of("usage.mail.no_server"));
		}
		return sender;
	}

	private Delivery deliver(Run run, Letter letter, int attemptsBefore, JavaMailSender sender, MailProgress progress,
			Messages messages) {
		MimeMessage message;
		try {
			message = message(run, letter);
		}
		catch (MessagingException | IOException ex) {
			String reason = "Not sent: " + SendErrors.describe(ex);
			log.failed(run.id(), letter, attemptsBefore, reason, clock.instant());
			return delivery(letter, Delivery.Status.FAILED, 0, null, reason, null);
		}
		for (int attempt = 1;; attempt++) {
			try {
				sender.send(message);
				Instant sentAt = clock.instant();
				log.sent(run.id(), letter, attemptsBefore + attempt, sentAt);
				return delivery(letter, Delivery.Status.SENT, attempt, sentAt, null, null);
			}
			catch (MailException ex) {
				String error = SendErrors.describe(ex);
				log.failed(run.id(), letter, attemptsBefore + attempt, error, clock.instant());
				if (attempt >= settings.attempts()) {
					return delivery(letter, Delivery.Status.FAILED, attempt, null,
							messages.format(attempt == 1 ? "mail.not_sent.one" : "mail.not_sent.many", "attempts", attempt,
									"error", error), null);
				}
				Duration wait = settings.wait(attempt);
				progress.retrying(letter.key(), attempt, wait, error);
				if (!sleep(wait)) {
					return delivery(letter, Delivery.Status.FAILED, attempt, null,
							messages.format("mail.not_sent.interrupted", "attempt", attempt, "error", error), null);
				}
			}
		}
	}

	private Delivery write(Run run, Letter letter, Outbox outbox) {
		try {
			Path file = outbox.write(letter.key(), message(run, letter));
			return delivery(letter, Delivery.Status.WRITTEN, 0, null, null, file);
		}
		catch (MessagingException | IOException ex) {
			return delivery(letter, Delivery.Status.FAILED, 0, null, "Not written: " + SendErrors.describe(ex), null);
		}
	}

	/** The message; a missing attachment is found here rather than by the SMTP transfer. */
	private MimeMessage message(Run run, Letter letter) throws MessagingException, IOException {
		if (!Files.isRegularFile(letter.attachment())) {
			throw new IOException(letter.attachment() + " is missing.");
		}
		return MimeLetters.of(letter, settings.from(), run, clock.instant());
	}

	private static Delivery delivery(Letter letter, Delivery.Status status, int attempts, Instant sentAt,
			String reason, Path file) {
		return new Delivery(letter.key(), letter.recipients(), letter.attachmentName(), status, attempts, sentAt,
				reason, file);
	}

	private static boolean sleep(Duration wait) {
		try {
			Thread.sleep(wait);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
