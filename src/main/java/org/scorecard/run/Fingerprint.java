package org.scorecard.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.scorecard.submission.FileKind;
import org.scorecard.text.Language;
import org.scorecard.submission.Inbox;
import org.scorecard.submission.SubmissionFile;

/**
 * The SHA-256 that identifies a run's inputs: every reference file, submission file and report text
 * (path and content hash), and the settings that change the outputs (language, cut-off, deadline).
 */
final class Fingerprint {

	private Fingerprint() {
	}

	static String of(RunRequest request, List<SubmissionFile> inbox) {
		MessageDigest digest = sha256();
		for (SubmissionFile file : Inbox.scan(request.referenceDir())) {
			if (Files.isRegularFile(file.location())) {
				add(digest, "reference/" + file.path() + "=" + file.sha256());
			}
		}
		for (SubmissionFile file : inbox) {
			if (file.kind() != FileKind.SKIPPED) {
				add(digest, "inbox/" + file.path() + "=" + file.sha256());
			}
		}
		if (Files.isDirectory(request.templatesDir())) {
			for (SubmissionFile file : Inbox.scan(request.templatesDir())) {
				// mail texts do not change the reports (and a new run would mail everyone again)
				if (Files.isRegularFile(file.location()) && !file.path().startsWith("mail_")) {
					// hashed here: a scan hashes only submission files, and a .properties file is none
					add(digest, "templates/" + file.path() + "=" + Inbox.sha256(file.location()));
				}
			}
		}
		add(digest, "lang=" + String.join(",", request.langs().stream().map(Language::code).toList()));
		add(digest, "cutoff=" + request.cutoff());
		add(digest, "deadline-days=" + request.deadlineDays());
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(MessageDigest digest, String entry) {
		digest.update((entry + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
