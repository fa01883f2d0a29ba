package org.scorecard.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The input files whose content is in one edition and not the other, by path: added (a path only the new
 * edition has), removed (only the old one), replaced (both, with different content). Content is the
 * SHA-256: a file moved or copied to another path with the same bytes is not a change of content, so it
 * is not listed. Skipped files are left out (they hold no figures).
 */
record ChangedFiles(List<String> added, List<String> removed, List<String> replaced, List<Stored> stored) {

	/** One changed file as one run stored it: its rows are {@code submission_row} rows of that run and file. */
	record Stored(long runId, int fileId, String path) {
	}

	private record Content(int fileId, String sha256) {
	}

	static ChangedFiles between(JdbcTemplate jdbc, long before, long after) {
		Map<String, Content> old = files(jdbc, before);
		Map<String, Content> now = files(jdbc, after);
		Set<String> oldHashes = hashes(old);
		Set<String> newHashes = hashes(now);
		List<String> added = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> replaced = new ArrayList<>();
		List<Stored> stored = new ArrayList<>();
		for (var file : now.entrySet()) {
			Content was = old.get(file.getKey());
			if (was != null && was.sha256().equals(file.getValue().sha256())) {
				continue;
			}
			if (was != null) {
				replaced.add(file.getKey());
				stored.add(new Stored(before, was.fileId(), file.getKey()));
				stored.add(new Stored(after, file.getValue().fileId(), file.getKey()));
			}
			else if (!oldHashes.contains(file.getValue().sha256())) {
				added.add(file.getKey());
				stored.add(new Stored(after, file.getValue().fileId(), file.getKey()));
			}
		}
		for (var file : old.entrySet()) {
			if (!now.containsKey(file.getKey()) && !newHashes.contains(file.getValue().sha256())) {
				removed.add(file.getKey());
				stored.add(new Stored(before, file.getValue().fileId(), file.getKey()));
			}
		}
		return new ChangedFiles(List.copyOf(added), List.copyOf(removed), List.copyOf(replaced), List.copyOf(stored));
	}

	/** The run's files that were read or found unreadable, by path (sorted). */
	private static Map<String, Content> files(JdbcTemplate jdbc, long runId) {
		Map<String, Content> files = new TreeMap<>();
		jdbc.query("SELECT file_id, path, sha256 FROM input_file WHERE run_id = ? AND status <> 'skipped'",
				rs -> {
					files.put(rs.getString(2), new Content(rs.getInt(1), rs.getString(3)));
				}, runId);
		return files;
	}

	private static Set<String> hashes(Map<String, Content> files) {
		Set<String> hashes = new HashSet<>();
		files.values().forEach(c -> hashes.add(c.sha256()));
		return hashes;
	}

}
