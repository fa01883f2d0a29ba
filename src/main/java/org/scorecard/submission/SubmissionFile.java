package org.scorecard.submission;

import java.nio.file.Path;

/**
 * One file found in the inbox: its number in processing order, its path relative to the inbox
 * (with / separators), and its SHA-256 and size as found when the run began.
 */
public record SubmissionFile(int fileId, String path, Path location, FileKind kind, String sha256, long sizeBytes) {
}
