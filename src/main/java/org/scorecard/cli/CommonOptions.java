package org.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

import java.util.ArrayList;
import java.util.List;

import org.scorecard.reference.BrokenReferenceException;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceLoader;
import org.scorecard.period.Cutoff;
import org.scorecard.period.Periods;
import org.scorecard.text.Message;

/** Checks shared by the sub-commands, each failing with a one-sentence {@link UsageException}. */
final class CommonOptions {

	private CommonOptions() {
	}

	/** A period as typed: {@code YYYY-MM}, or {@code YYYY-Qn} for the quarter's last month. */
	static YearMonth period(String text) {
		return Periods.parseArgument(text)
			.orElseThrow(() -> new UsageException(Message.of("usage.period", "period", text)));
	}

	/** {@code what}: reference or inbox, the key {@code usage.folder.WHAT}. */
	static Path existingFolder(Path folder, String what) {
		if (!Files.isDirectory(folder)) {
			throw new UsageException(Message.of("usage.folder." + what, "folder", folder));
		}
		return folder;
	}

	/**
	 * Refuses an output folder inside the inbox, or an inbox inside the output folder: the run would
	 * read its own reports (or the previous edition's) as submissions, and every run would be a new
	 * edition. Paths are compared after resolving links, so two names of one folder are one folder.
	 */
	static void apart(Path inbox, Path out) {
		Path in = real(inbox);
		Path output = real(out);
		if (output.startsWith(in) || in.startsWith(output)) {
			throw new UsageException(Message.of("usage.apart", "out", out, "inbox", inbox));
		}
	}

	/** The folder's real path; for one that does not exist yet, its nearest existing parent's, then the rest. */
	private static Path real(Path folder) {
		Path absolute = folder.toAbsolutePath().normalize();
		Path existing = absolute;
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		try {
			return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute));
		}
		catch (java.io.IOException ex) {
			return absolute;
		}
	}

	/** The checked reference data; when broken, every problem on its own line, then exit 2. */
	static ReferenceData reference(Path folder) {
		existingFolder(folder, "reference");
		try {
			return ReferenceLoader.load(folder);
		}
		catch (BrokenReferenceException ex) {
			List<Message> lines = new ArrayList<>();
			ex.problems().forEach(problem -> lines.add(problem.located()));
			lines.add(ex.summary());
			throw new UsageException(lines);
		}
	}

	static Cutoff cutoff(String text) {
		try {
			return Cutoff.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(Message.of("usage.cutoff", "cutoff", text));
		}
	}

}
