package org.scorecard.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What became of one message of a run: its {@code key} in the delivery log ({@code secretariat} or
 * an agency's code), its recipients and attached file name, and its {@link Status}. {@code attempts}
 * counts the attempts of this call only (the log counts them over all calls); {@code sentAt} is set
 * for a message sent now or before; {@code reason} is one sentence for a failed or skipped message;
 * {@code file} is the {@code .eml} written by a dry run.
 */
public record Delivery(String key, List<String> recipients, String attachment, Status status, int attempts,
		Instant sentAt, String reason, Path file) {

	/** The secretariat's message; the others are keyed by agency code. */
	public static final String SECRETARIAT = "secretariat";

	public Delivery {
		recipients = List.copyOf(recipients);
	}

	/** What became of a message. */
	public enum Status {

		/** Sent by this call. */
		SENT,

		/** Sent by an earlier call, so not sent again. */
		ALREADY_SENT,

		/** Not sent: every attempt failed, or the message could not be made; the next call tries again. */
		FAILED,

		/** Nobody to send it to: an agency without an e-mail address, or no secretariat address set. */
		SKIPPED,

		/** Written to the outbox by a dry run instead of being sent. */
		WRITTEN

	}

}
