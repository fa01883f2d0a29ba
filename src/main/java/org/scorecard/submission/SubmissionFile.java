package org.scorecard.submission;

import java.nio.file.Path;

/**
 * One file found in the inbox: its number in processing order, its path relative to the inbox
 * (with / separators), its kind, and its SHA-256 and size as found when the run began. {@code reason}
 * says why a {@link FileKind#SKIPPED} file is not read, or why a {@link FileKind#REFUSED} one cannot be
 * (it is null for the others).
 */
public record SubmissionFile(int fileId, String path, Path location, FileKind kind, String sha256, long sizeBytes,
		String reason) {

	public SubmissionFile(int fileId, String path, Path location, FileKind kind, String sha256, long sizeBytes) {
		this(fileId, path, location, kind, sha256, sizeBytes, null);
	}

}
