package org.scorecard.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.scorecard.period.Utc;

/**
 * The delivery log, table {@code mail_delivery}: one row per message of a run, written after every
 * attempt, so that what was sent is known even if the process stops in the middle of the list.
 */
@Repository
class MailLog {

	static final String SENT = "sent";

	static final String FAILED = "failed";

	private static final int ERROR_LENGTH = 2000;

	private final JdbcTemplate jdbc;

	private Boolean h2;

	MailLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A message as the log has it. */
	record Entry(String status, int attempts, Instant sentAt) {

		boolean sent() {
			return SENT.equals(status);
		}

	}

	Map<String, Entry> find(long runId) {
		Map<String, Entry> entries = new HashMap<>();
		jdbc.query("SELECT message_key, status, attempts, sent_at FROM mail_delivery WHERE run_id = ?",
				rs -> {
					entries.put(rs.getString("message_key"), new Entry(rs.getString("status"), rs.getInt("attempts"),
							Utc.instant(rs.getObject("sent_at", LocalDateTime.class))));
				}, runId);
		return entries;
	}

	/** Sent at {@code at}; a message sent after failed attempts keeps the error of the last one. */
	void sent(long runId, Letter letter, int attempts, Instant at) {
		int updated = jdbc.update("UPDATE mail_delivery SET recipients = ?, subject = ?, attachment = ?, status = ?, "
				+ "attempts = ?, sent_at = ?, updated_at = ? WHERE run_id = ? AND message_key = ?",
				String.join(", ", letter.recipients()), letter.subject(), letter.attachmentName(), SENT, attempts,
				Utc.dateTime(at), Utc.dateTime(at), runId, letter.key());
		if (updated == 0) {
			insert(runId, letter, SENT, attempts, null, at);
		}
		flush();
	}

	/**
	 * Puts the record on disk now. H2 writes committed changes up to half a second later
	 * (WRITE_DELAY), so a process killed just after a message was sent would forget it and send it
	 * again on restart; a checkpoint here costs a few milliseconds per message. PostgreSQL's commit is
	 * durable already.
	 */
	private void flush() {
		if (h2 == null) {
			h2 = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName().startsWith("H2"));
		}
		if (Boolean.TRUE.equals(h2)) {
			jdbc.execute("CHECKPOINT");
		}
	}

	void failed(long runId, Letter letter, int attempts, String error, Instant at) {
		String lastError = error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
		int updated = jdbc.update("UPDATE mail_delivery SET recipients = ?, subject = ?, attachment = ?, status = ?, "
				+ "attempts = ?, last_error = ?, updated_at = ? WHERE run_id = ? AND message_key = ?",
				String.join(", ", letter.recipients()), letter.subject(), letter.attachmentName(), FAILED, attempts,
				lastError, Utc.dateTime(at), runId, letter.key());
		if (updated == 0) {
			insert(runId, letter, FAILED, attempts, lastError, at);
		}
	}

	private void insert(long runId, Letter letter, String status, int attempts, String error, Instant at) {
		jdbc.update("INSERT INTO mail_delivery (run_id, message_key, recipients, subject, attachment, status, "
				+ "attempts, last_error, sent_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runId,
				letter.key(), String.join(", ", letter.recipients()), letter.subject(), letter.attachmentName(), status,
				attempts, error, SENT.equals(status) ? Utc.dateTime(at) : null, Utc.dateTime(at));
	}

}
