package org.scorecard.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scorecard.run.Run;
import org.springframework.stereotype.Component;
import org.scorecard.files.AtomicFile;

/**
 * The editions of a period's folder {@code OUT/PERIOD/}: the run whose files it holds is named in
 * {@code .run-id}; a new run of the period first moves the previous edition's files into
 * {@code history/<run-id>/} (whole, through a temporary folder renamed at the end), and the last
 * step writes {@code SHA256SUMS} over every output, in {@code sha256sum -c} form.
 */
@Component
public class Editions {

	public static final String SUMS = "SHA256SUMS";

	static final String MARKER = ".run-id";

	/** Never part of an edition's outputs: earlier editions, per-run logs, the marker, temporary files. */
	private static final Set<String> KEPT = Set.of("history", "logs", MARKER);

	/** Not covered by SHA256SUMS: mails are written after it (dry run). */
	private static final Set<String> UNSUMMED = Set.of("history", "logs", "outbox", MARKER, SUMS);

	/**
	 * Makes the period's folder this run's: moves another run's edition into history first. Called
	 * again after a restart it finds its own marker and leaves the files for the run to overwrite.
	 */
	public void claim(Run run) throws IOException {
		Path dir = run.periodDir();
		Files.createDirectories(dir);
		String previous = previousRunId(dir);
		String current = Long.toString(run.id());
		if (previous != null && !previous.equals(current)) {
			archive(dir, previous);
		}
		AtomicFile.write(dir.resolve(MARKER), out -> out.write(current.getBytes(StandardCharsets.US_ASCII)));
	}

	private static String previousRunId(Path dir) throws IOException {
		Path marker = dir.resolve(MARKER);
		if (Files.isRegularFile(marker)) {
			return Files.readString(marker, StandardCharsets.US_ASCII).strip();
		}
		Path summary = dir.resolve("summary.json");
		if (Files.isRegularFile(summary)) {
			return new ObjectMapper().readTree(summary.toFile()).path("run_id").asText(null);
		}
		return null;
	}

	private static void archive(Path dir, String runId) throws IOException {
		Path history = dir.resolve("history");
		Path target = history.resolve(runId);
		Path temp = history.resolve("." + runId + ".part");
		Files.createDirectories(temp);
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (!KEPT.contains(name) && !name.startsWith(".")) {
					Files.move(entry, temp.resolve(name), StandardCopyOption.ATOMIC_MOVE);
				}
			}
		}
		if (Files.exists(target)) {
			// an edition archived before under this id (a run restarted after its archive): keep both
			target = history.resolve(runId + "-" + System.currentTimeMillis());
		}
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Writes SHA256SUMS over every output of the edition (paths relative to the period folder, sorted). */
	public void writeChecksums(Run run) throws IOException {
		Path dir = run.periodDir();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(Files::isRegularFile).filter(p -> summed(dir.relativize(p))).sorted().toList();
		}
		AtomicFile.write(dir.resolve(SUMS), out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			for (Path file : files) {
				writer.write(sha256(file) + "  " + dir.relativize(file).toString().replace('\\', '/') + "\n");
			}
			writer.flush();
		});
	}

	private static boolean summed(Path relative) {
		String first = relative.getName(0).toString();
		return !UNSUMMED.contains(first) && !relative.getFileName().toString().startsWith(".");
	}

	static String sha256(Path file) {
		try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
