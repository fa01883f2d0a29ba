package org.scorecard.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.scorecard.text.Message;
import org.scorecard.text.Messages;

/**
 * The files of a folder, sub-folders included, in the order rules.md section 0 sets: by path
 * relative to the folder, with / separators, compared as strings of code points. Nothing found in
 * the folder stops the scan: a file or sub-folder that cannot be read (permissions, a path longer
 * than the system allows) becomes a {@link FileKind#REFUSED} entry saying why, a symbolic link
 * (to a file or a folder) or a device is a {@link FileKind#SKIPPED} entry saying why.
 */
public final class Inbox {

	/** The longest relative path kept whole (the database column holds this many characters). */
	public static final int MAX_PATH = 4000;

	/** Compares strings code point by code point (String.compareTo compares UTF-16 units). */
	public static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	};

	/** The largest buffer a file is hashed through. */
	private static final int BUFFER = 65536;

	/**
	 * One entry of the folder as the walk found it: its path relative to the folder (taken once: the sort
	 * relativized both paths at every comparison, most of the walk's time at 60,695 files), its attributes,
	 * or why it could not be visited.
	 */
	private record Found(Path path, String relative, BasicFileAttributes attributes, IOException failure, boolean folder) {
	}

	private Inbox() {
	}

	/** Every entry under {@code dir}, numbered from 1 in processing order, with its SHA-256. */
	public static List<SubmissionFile> scan(Path dir) {
		return scan(dir, Messages.english());
	}

	/** The same, with the reasons for skipped and refused files in the language of {@code messages}. */
	public static List<SubmissionFile> scan(Path dir, Messages messages) {
		return scan(dir, messages, null).files();
	}

	/**
	 * The inbox as scanned, and the reasons of its skipped and refused files in a second language, by
	 * path (a run in two languages stores them in both).
	 */
	public record Scan(List<SubmissionFile> files, Map<String, String> secondReasons) {
	}

	/**
	 * Every entry under {@code dir} as {@link #scan(Path, Messages)} gives it, and, where {@code second} is
	 * given, the reasons in its language too, from the same walk of the folder (a second walk took about
	 * a second at 60,695 files, and could have seen another folder).
	 */
	public static Scan scan(Path dir, Messages messages, Messages second) {
		List<SubmissionFile> files = new ArrayList<>();
		Map<String, String> reasons = new HashMap<>();
		for (Found entry : walk(dir)) {
			SubmissionFile file = describe(files.size() + 1, entry.relative(), entry, messages, true);
			files.add(file);
			String reason = second == null || file.reason() == null ? null
					: describe(0, entry.relative(), entry, second, false).reason();
			if (reason != null) {
				reasons.put(file.path(), reason);
			}
		}
		return new Scan(files, reasons);
	}

	/** Every entry under {@code dir}, in processing order. */
	private static List<Found> walk(Path dir) {
		List<Found> found = new ArrayList<>();
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					found.add(new Found(file, relative(dir, file), attributes, null, false));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
					if (file.equals(dir)) {
						throw failure;
					}
					found.add(new Found(file, relative(dir, file), null, failure, Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path folder, IOException failure) {
					if (failure != null && !folder.equals(dir)) {
						found.add(new Found(folder, relative(dir, folder), null, failure, true));
					}
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The folder " + dir + " cannot be listed: " + why(ex), ex);
		}
		found.sort(Comparator.comparing(Found::relative, CODE_POINT_ORDER));
		return found;
	}

	/** One file named on the command line ({@code scorecard validate}), described as a scan would. */
	public static SubmissionFile file(int fileId, String name, Path path) {
		return file(fileId, name, path, Messages.english());
	}

	public static SubmissionFile file(int fileId, String name, Path path, Messages messages) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			return describe(fileId, name, new Found(path, name, attributes, null, false), messages, true);
		}
		catch (IOException ex) {
			return describe(fileId, name, new Found(path, name, null, ex, false), messages, true);
		}
	}

	/** What the entry is; {@code hash}: read the file for its SHA-256 (else left empty, with the reason only). */
	private static SubmissionFile describe(int fileId, String relative, Found entry, Messages messages, boolean hash) {
		String path = relative.length() <= MAX_PATH ? relative : relative.substring(0, MAX_PATH - 1) + "…";
		Path location = entry.path();
		if (entry.failure() != null) {
			String why = messages.render(reason(entry.failure()));
			if (entry.folder()) {
				return refused(fileId, path, location, messages.format("refuse.folder", "detail", why));
			}
			return refused(fileId, path, location, messages.format("file.cannot_read", "detail", why));
		}
		BasicFileAttributes attributes = entry.attributes();
		if (attributes.isSymbolicLink()) {
			return skipped(fileId, path, location, messages.format("skip.link"));
		}
		if (attributes.isDirectory()) {
			return skipped(fileId, path, location, messages.format("skip.folder"));
		}
		if (!attributes.isRegularFile()) {
			return skipped(fileId, path, location, messages.format("skip.device"));
		}
		FileKind kind = FileKind.of(relative);
		if (kind == FileKind.SKIPPED) {
			return skipped(fileId, path, location, messages.render(FileKind.skipReason(relative)));
		}
		if (relative.length() > MAX_PATH) {
			return refused(fileId, path, location, messages.format("refuse.path", "max", MAX_PATH));
		}
		String sha256;
		try {
			sha256 = hash ? hash(location, attributes.size()) : "";
		}
		catch (IOException ex) {
			return refused(fileId, path, location,
					messages.format("file.cannot_read", "detail", messages.render(reason(ex))));
		}
		return new SubmissionFile(fileId, path, location, kind, sha256, attributes.size(),
				kind == FileKind.REFUSED ? messages.render(FileKind.refusal(relative)) : null);
	}

	private static SubmissionFile skipped(int fileId, String path, Path location, String reason) {
		return new SubmissionFile(fileId, path, location, FileKind.SKIPPED, "", 0, reason);
	}

	private static SubmissionFile refused(int fileId, String path, Path location, String reason) {
		return new SubmissionFile(fileId, path, location, FileKind.REFUSED, "", 0, reason);
	}

	/** What went wrong, in words: the exceptions of java.nio name only the path. */
	static Message reason(IOException ex) {
		if (ex instanceof AccessDeniedException) {
			return Message.of("io.denied");
		}
		if (ex instanceof NoSuchFileException) {
			return Message.of("io.disappeared");
		}
		// the system's own words otherwise (they come in the machine's language)
		return Message.of("io.other", "detail", ex instanceof FileSystemException fs && fs.getReason() != null
				? fs.getReason().toLowerCase(java.util.Locale.ROOT)
				: ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
	}

	/** The same in English, for errors that stop the run. */
	static String why(IOException ex) {
		return reason(ex).toString();
	}

	public static String relative(Path dir, Path file) {
		return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	public static String sha256(Path file) {
		try {
			return hash(file, BUFFER);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The file " + file + " cannot be read: " + why(ex), ex);
		}
	}

	/**
	 * The file's SHA-256, read through a buffer of its size as listed (at most {@value #BUFFER} bytes; a file
	 * that grew meanwhile is still read to its end): a buffer of 64 KB per file was 3.9 GB allocated to hash
	 * the 60,695 files of about 1.5 KB of the benchmark's history.
	 */
	private static String hash(Path file, long size) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[(int) Math.max(512, Math.min(BUFFER, size + 1))];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
