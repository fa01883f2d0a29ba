package org.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;

/** {@code scorecard schedule} and {@code scorecard run} end to end through the command line, on real files. */
class ScheduleTests {

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	private int run(String... args) {
		return Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	@AfterEach
	void realClock() {
		ScheduleCommand.clock = Clock.systemUTC();
	}

	/**
	 * The clock says 06:00 on 6 November 2026 in Hanoi; a cron firing every second triggers one run,
	 * which must be for the previous period, 2026-10, and only one.
	 */
	@Test
	void scheduleRunsThePreviousPeriodOnce() throws Exception {
		ScheduleCommand.clock = Clock.fixed(Instant.parse("2026-11-05T23:00:00Z"), ZoneOffset.UTC);
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-02,",
				"HN,2026-09,EXPORTS,90,USD_M,2026-10-02,");
		Path output = dir.resolve("out");
		assertThat(run("schedule", "--cron", "* * * * * *", "--runs", "1", "--reference", reference.toString(), "--inbox",
				inbox.toString(), "--out", output.toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("Next run: 2026-11-06T06:00:01+07:00 for 2026-10.")
			.contains("Run 1 of 2026-10 (edition 1) completed.");
		assertThat(output.resolve("2026-10/summary.json")).exists();
		try (var periods = Files.list(output)) {
			assertThat(periods.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\d{4}-\\d{2}")))
				.containsExactly("2026-10");
		}
		out.getBuffer().setLength(0);
		assertThat(run("runs", "--out", output.toString())).isZero();
		assertThat(out.toString().lines().filter(line -> line.contains("2026-10"))).hasSize(1);
	}

	/** The schedule's own lines in the language of --lang: a schedule that never fires says so and stops. */
	@Test
	void scheduleSpeaksTheLanguageOfLang() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		String[] args = { "schedule", "--cron", "0 0 0 30 2 *", "--reference", reference.toString(), "--inbox",
				reference.toString(), "--out", dir.resolve("out").toString() };
		assertThat(run(args)).as(err.toString()).isZero();
		assertThat(out.toString()).contains("The schedule '0 0 0 30 2 *' never fires again; stopping.");
		out.getBuffer().setLength(0);
		String[] vi = java.util.Arrays.copyOf(args, args.length + 2);
		vi[args.length] = "--lang";
		vi[args.length + 1] = "vi";
		assertThat(run(vi)).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Lịch chạy '0 0 0 30 2 *' sẽ không đến lượt nào nữa; dừng lại.")
			.doesNotContain("never");
		err.getBuffer().setLength(0);
		assertThat(run("schedule", "--cron", "nonsense", "--lang", "vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).startsWith("Lịch chạy 'nonsense' theo múi giờ 'Asia/Ho_Chi_Minh' không hợp lệ:");
		// the next trigger, with the date as Vietnamese writes it, and a run refused (its output inside its inbox)
		ScheduleCommand.clock = Clock.fixed(Instant.parse("2026-11-05T23:00:00Z"), ZoneOffset.UTC);
		Path inbox = Files.createDirectories(dir.resolve("inbox"));
		out.getBuffer().setLength(0);
		assertThat(run("schedule", "--cron", "* * * * * *", "--runs", "1", "--lang", "vi", "--reference",
				reference.toString(), "--inbox", inbox.toString(), "--out", inbox.resolve("out").toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("Lần chạy tới: 06:00:01 ngày 06/11/2026 (+07:00), cho kỳ 2026-10.")
			.contains("Lần chạy kỳ 2026-10 bị từ chối: Thư mục kết quả '" + inbox.resolve("out") + "'")
			.doesNotContain("Next run", "refused");
	}

	/** A run prints its progress and its steps, and leaves a log with the same report under logs/. */
	@Test
	void runPrintsProgressStepsAndKeepsALog() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-02,");
		Path output = dir.resolve("out");
		assertThat(run("run", "--period", "2026-10", "--reference", reference.toString(), "--inbox", inbox.toString(),
				"--out", output.toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("ingest: 1 rows read, 1 of 1 files (100 %)")
			.containsPattern("ingest\\s+COMPLETED")
			.containsPattern("checksums\\s+COMPLETED");
		String log = Files.readString(output.resolve("2026-10/logs/run-1.log"));
		assertThat(log).contains("Run 1 of 2026-10 (edition 1) started", "ingest: 1 rows read",
				"Run 1 of 2026-10 (edition 1) completed.");
	}

	/** run --mail-dry-run writes one .eml per message and says so; nothing is sent. */
	@Test
	void runWithMailDryRunWritesTheOutbox() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes
				LC,Lao Cai,Lào Cai,province,VN,lc@example.vn,yes
				""");
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-02,");
		Path output = dir.resolve("out");
		assertThat(run("run", "--period", "2026-10", "--reference", reference.toString(), "--inbox", inbox.toString(),
				"--out", output.toString(), "--lang", "vi", "--mail-dry-run",
				"--scorecard.mail.secretariat=thuky@example.vn"))
			.as(err.toString())
			.isZero();
		// a run in Vietnamese prints its mail lines in Vietnamese
		assertThat(out.toString())
			.contains("Thư (chạy thử): 0 đã gửi, 0 đã gửi từ trước, 3 đã ghi tệp, 0 không gửi được, 1 bỏ qua.");
		try (var files = Files.list(output.resolve("2026-10/outbox"))) {
			assertThat(files.map(p -> p.getFileName().toString()).sorted())
				.containsExactly("01-secretariat.eml", "02-HN.eml", "03-LC.eml");
		}
		assertThat(Files.readString(output.resolve("2026-10/logs/run-1.log"))).contains("Thư (chạy thử)");
	}

}
