package org.scorecard.mail;

import org.springframework.mail.MailSendException;

/**
 * A failure to make or send a message as one sentence: the mail library's own message (which names
 * the server, never a password) and, where different, its root cause ("Connection refused").
 */
final class SendErrors {

	private SendErrors() {
	}

	static String describe(Throwable failure) {
		Throwable ex = failure;
		// Spring's MailSendException keeps the mail library's exception among the failed messages.
		if (ex instanceof MailSendException send && send.getMessageExceptions().length > 0) {
			ex = send.getMessageExceptions()[0];
		}
		else if (ex instanceof org.springframework.mail.MailException && ex.getCause() != null) {
			ex = ex.getCause();
		}
		String text = firstLine(ex);
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String rootText = firstLine(root);
		if (root != ex && !text.contains(rootText)) {
			text = text + " (" + rootText + ")";
		}
		return text.endsWith(".") ? text : text + ".";
	}

	/** The message up to Jakarta Mail's "nested exception is", on one line. */
	private static String firstLine(Throwable ex) {
		String message = ex.getMessage();
		if (message == null || message.isBlank()) {
			return ex.getClass().getSimpleName();
		}
		int nested = message.indexOf(";\n  nested exception is");
		if (nested >= 0) {
			message = message.substring(0, nested);
		}
		return message.replaceAll("\\s+", " ").strip();
	}

}
