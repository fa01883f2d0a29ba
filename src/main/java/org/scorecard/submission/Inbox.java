package org.scorecard.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a folder, sub-folders included, in the order rules.md section 0 sets: by path
 * relative to the folder, with / separators, compared as strings of code points.
 */
public final class Inbox {

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

	private Inbox() {
	}

	/** Every regular file under {@code dir}, numbered from 1 in processing order, with its SHA-256. */
	public static List<SubmissionFile> scan(Path dir) {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dir)) {
			paths = walk.filter(p -> !p.equals(dir) && !Files.isDirectory(p)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The folder " + dir + " cannot be listed: " + ex.getMessage(), ex);
		}
		List<Path> sorted = new ArrayList<>(paths);
		sorted.sort(Comparator.comparing(p -> relative(dir, p), CODE_POINT_ORDER));
		List<SubmissionFile> files = new ArrayList<>();
		for (Path path : sorted) {
			String relative = relative(dir, path);
			boolean regular = Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
			FileKind kind = regular ? FileKind.of(relative) : FileKind.SKIPPED;
			files.add(new SubmissionFile(files.size() + 1, relative, path, kind, regular ? sha256(path) : "",
					regular ? size(path) : 0));
		}
		return files;
	}

	public static String relative(Path dir, Path file) {
		return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	public static String sha256(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[65536];
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The file " + file + " cannot be read: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
