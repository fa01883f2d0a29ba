package org.scorecard.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.scorecard.reference.Indicator;
import org.scorecard.reference.ReferenceData;
import org.scorecard.text.Language;

/**
 * The SHA-256 of everything a file's stored rows depend on besides the file's own bytes: the program
 * (its class path, read byte for byte), the agency codes and the indicators' codes, units,
 * aggregations and components the row checks use, the period cut-off, and the languages and message
 * texts the stored messages are written in. Two runs with the same key store the same rows for the same
 * bytes, so a later run may copy them instead of reading the file again. Names, targets, tasks, rules
 * and report texts are not in it: the row checks do not use them.
 */
final class IntakeKey {

	private static volatile String program;

	private IntakeKey() {
	}

	static String of(RunRequest request, ReferenceData reference) {
		MessageDigest digest = sha256();
		add(digest, "program=" + program());
		reference.agencies().keySet().stream().sorted().forEach(code -> add(digest, "agency=" + code));
		reference.indicators().values().stream().map(IntakeKey::checked).sorted().forEach(line -> add(digest, line));
		add(digest, "cutoff=" + request.cutoff());
		for (Language lang : request.langs()) {
			Path texts = request.templatesDir().resolve("messages_" + lang.code() + ".properties");
			add(digest, "lang=" + lang.code() + "=" + (Files.isRegularFile(texts) ? hash(texts) : "jar"));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String checked(Indicator indicator) {
		return "indicator=" + indicator.code() + "|" + indicator.unit() + "|" + indicator.aggregation() + "|"
				+ indicator.numerator() + "|" + indicator.denominator();
	}

	/**
	 * The program's own identity: every class path entry's bytes (the jar alone when run with
	 * {@code java -jar}; the class folders and libraries in a build), hashed once per process.
	 */
	static String program() {
		String known = program;
		if (known == null) {
			MessageDigest digest = sha256();
			for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
				if (!entry.isEmpty()) {
					addEntry(digest, Path.of(entry));
				}
			}
			known = HexFormat.of().formatHex(digest.digest());
			program = known;
		}
		return known;
	}

	private static void addEntry(MessageDigest digest, Path entry) {
		if (Files.isRegularFile(entry)) {
			add(digest, "file=" + entry.getFileName());
			update(digest, entry);
		}
		else if (Files.isDirectory(entry)) {
			List<Path> files = new ArrayList<>();
			try (Stream<Path> walk = Files.walk(entry)) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			files.sort(null);
			for (Path file : files) {
				add(digest, "file=" + entry.relativize(file));
				update(digest, file);
			}
		}
	}

	private static String hash(Path file) {
		MessageDigest digest = sha256();
		update(digest, file);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, Path file) {
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
