package org.scorecard.mail;

import java.time.Duration;

/** Told of each message as {@link MailService#send} goes, so that a console can show it at once. */
public interface MailProgress {

	/** Nothing to tell. */
	MailProgress NONE = new MailProgress() {
	};

	/** An attempt to send the message {@code key} failed; the next follows after {@code wait}. */
	default void retrying(String key, int attempt, Duration wait, String error) {
	}

	/** The message is done with, whatever became of it; the delivery log already says so. */
	default void done(Delivery delivery) {
	}

}
