package org.scorecard.mail;

import java.nio.file.Path;
import java.util.List;

/**
 * One message of a run as its texts make it: its key in the delivery log, recipients, subject, body
 * and the PDF to attach; {@code skipped} says why there is nobody to send it to, or is null.
 */
record Letter(String key, List<String> recipients, String subject, String body, Path attachment, String skipped) {

	Letter {
		recipients = List.copyOf(recipients);
	}

	String attachmentName() {
		return attachment.getFileName().toString();
	}

}
