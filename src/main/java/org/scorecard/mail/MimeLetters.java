package org.scorecard.mail;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.scorecard.run.Run;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import java.time.format.DateTimeFormatter;
import org.scorecard.period.ReportingPeriod;

/**
 * A letter as a MIME message: UTF-8 subject and text, the PDF attached as {@code application/pdf},
 * and a Message-ID fixed by run (period, id, creation time) and key, so that a message sent twice
 * (the process stopped between the server's acceptance and the log's record of it) is recognisably
 * the same message, and no other run's message is taken for it. The Date is in the reporting zone
 * (+07:00), and {@code Auto-Submitted: auto-generated} tells mail systems not to answer automatically.
 */
final class MimeLetters {

	private static final Session SESSION = Session.getInstance(new Properties());

	private MimeLetters() {
	}

	static MimeMessage of(Letter letter, String from, Run run, Instant date) throws MessagingException {
		String id = "<scorecard." + run.period() + "." + run.id() + "." + run.createdAt().toEpochMilli() + "."
				+ letter.key() + "@" + domain(from) + ">";
		MimeMessage message = new MimeMessage(SESSION) {

			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", id);
			}

		};
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
		helper.setValidateAddresses(true);
		helper.setFrom(from);
		helper.setTo(letter.recipients().toArray(String[]::new));
		helper.setSubject(letter.subject());
		helper.setText(letter.body(), false);
		helper.addAttachment(letter.attachmentName(), new FileSystemResource(letter.attachment()), "application/pdf");
		// the date as the reporting zone's clocks show it, whatever the machine's zone
		message.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ReportingPeriod.ZONE)));
		// RFC 3834: no vacation or out-of-office replies to an automatic message
		message.setHeader("Auto-Submitted", "auto-generated");
		return message;
	}

	private static String domain(String from) throws MessagingException {
		String address = new InternetAddress(from).getAddress();
		int at = address.lastIndexOf('@');
		return at < 0 ? "localhost" : address.substring(at + 1);
	}

}
