package org.scorecard.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.scorecard.files.AtomicFile;

/**
 * The folder a dry run writes its messages to, {@code OUT/PERIOD/outbox/}: {@code NN-KEY.eml} in
 * sending order, each under a temporary name until whole. It shows what a call would send now, so
 * the messages of an earlier dry run are removed first.
 */
final class Outbox {

	private final Path dir;

	private int written;

	private Outbox(Path dir) {
		this.dir = dir;
	}

	static Outbox open(Path dir) {
		if (Files.isDirectory(dir)) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.eml")) {
				for (Path file : files) {
					Files.delete(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Outbox(dir);
	}

	Path write(String key, MimeMessage message) throws IOException {
		Path file = dir.resolve("%02d-%s.eml".formatted(written + 1, key));
		AtomicFile.write(file, out -> {
			try {
				message.writeTo(out);
			}
			catch (MessagingException ex) {
				throw new IOException(SendErrors.describe(ex), ex);
			}
		});
		written++;
		return file;
	}

}
