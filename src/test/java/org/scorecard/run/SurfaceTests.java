package org.scorecard.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.ScorecardProcess;

/**
 * Secrets and surface, on a real process: the database and SMTP passwords come from the environment,
 * the reports are mailed through a real SMTP server that demands them, and afterwards neither
 * password appears in anything the run printed or wrote (console, run log, summary.json, rejects.csv,
 * workbook, PDFs, outbox, {@code scorecard runs}); while the run is going the process listens on no
 * port (no H2 console or TCP server, no web server).
 */
@EnabledOnOs(OS.LINUX)
class SurfaceTests {

	static final String DB_PASSWORD = "db-S3cr3t-7f1c";

	static final String SMTP_PASSWORD = "smtp-S3cr3t-9a2e";

	@TempDir
	Path dir;

	GreenMail smtp;

	@BeforeEach
	void smtp() {
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		smtp.setUser("scorecard@example.vn", "scorecard", SMTP_PASSWORD);
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	private Process start(String name, String... args) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(ScorecardProcess.command(List.of(), args)).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".txt").toFile());
		builder.environment().put("SCORECARD_DB_USER", "scorecard");
		builder.environment().put("SCORECARD_DB_PASSWORD", DB_PASSWORD);
		builder.environment().put("SPRING_MAIL_USERNAME", "scorecard");
		builder.environment().put("SPRING_MAIL_PASSWORD", SMTP_PASSWORD);
		return builder.start();
	}

	@Test
	void shouldNeverShowAPasswordNorListenOnAPort() throws Exception {
		Path out = dir.resolve("out");
		Process run = start("run", "run", "--period", "2026-10", "--reference", "seeds/reference", "--inbox",
				"seeds/submissions", "--out", out.toString(), "--mail",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--spring.mail.properties.mail.smtp.auth=true", "--scorecard.mail.secretariat=thuky@example.vn");
		Set<Integer> listening = new HashSet<>();
		while (!run.waitFor(100, TimeUnit.MILLISECONDS)) {
			listening.addAll(listeningPorts(run.pid()));
		}
		assertThat(run.exitValue()).as(output("run")).isZero();
		assertThat(listening).as("ports the run listened on").isEmpty();
		assertThat(smtp.getReceivedMessages()).as("messages mailed through the server that demands the password")
			.isNotEmpty();

		Process runs = start("runs", "runs", "--out", out.toString());
		assertThat(runs.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(runs.exitValue()).as(output("runs")).isZero();

		List<String> texts = new ArrayList<>(List.of(output("run"), output("runs")));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				texts.add(file + "\n" + text(file));
			}
		}
		assertThat(texts).hasSizeGreaterThan(40);
		for (String text : texts) {
			assertThat(text).doesNotContain(DB_PASSWORD).doesNotContain(SMTP_PASSWORD);
		}
	}

	private String output(String name) throws IOException {
		return Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
	}

	/** A file's text as a reader would get it: PDFs extracted, workbooks unzipped, the rest as bytes. */
	private static String text(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		if (name.endsWith(".xlsx")) {
			StringBuilder text = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			return text.toString();
		}
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	/** The TCP ports a process listens on, from /proc: its socket inodes matched with listening sockets. */
	private static Set<Integer> listeningPorts(long pid) {
		Set<String> inodes = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						inodes.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// the descriptor was closed meanwhile
				}
			}
		}
		catch (IOException ex) {
			return Set.of();
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			try {
				List<String> lines = Files.readAllLines(Path.of(table));
				for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
					String[] f = line.trim().split("\\s+");
					// f[1] local address:port (hex), f[3] state (0A = LISTEN), f[9] inode
					if (f.length > 9 && f[3].equals("0A") && inodes.contains(f[9])) {
						ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
					}
				}
			}
			catch (IOException ex) {
				// no IPv6 table on this machine
			}
		}
		return ports;
	}

}
