package org.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;

class CliTests {

	@TempDir
	Path dir;

	final StringWriter out = new StringWriter();

	final StringWriter err = new StringWriter();

	private int run(String... args) {
		return Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
	}

	@Test
	void shouldRefuseABadPeriodWithOneSentence() {
		assertThat(run("run", "--period", "2026-13", "--reference", dir.toString(), "--inbox", dir.toString()))
			.isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("The period '2026-13' must be written YYYY-MM with a month from "
				+ "01 to 12, e.g. 2026-10, or YYYY-Qn for the month that closes quarter n, e.g. 2026-Q3 for 2026-09.");
	}

	@Test
	void shouldTakeAQuarterAsTheMonthThatClosesIt() {
		assertThat(CommonOptions.period("2026-Q1")).isEqualTo(YearMonth.of(2026, 3));
		assertThat(CommonOptions.period("2026-Q2")).isEqualTo(YearMonth.of(2026, 6));
		assertThat(CommonOptions.period("2026-Q3")).isEqualTo(YearMonth.of(2026, 9));
		assertThat(CommonOptions.period("2026-q4")).isEqualTo(YearMonth.of(2026, 12));
		assertThat(CommonOptions.period("2026-09")).isEqualTo(YearMonth.of(2026, 9));
	}

	@Test
	void shouldRefuseAQuarterThatIsNotOneToFour() {
		for (String bad : new String[] { "2026-Q0", "2026-Q5", "2026-Q", "2026Q3", "26-Q3", "2026-Q03" }) {
			assertThat(run("run", "--period", bad, "--reference", dir.toString(), "--inbox", dir.toString())).as(bad)
				.isEqualTo(Cli.USAGE);
			assertThat(err.toString()).contains("The period '" + bad + "' must be written YYYY-MM");
		}
	}

	@Test
	void shouldWriteTheFormOfTheMonthThatClosesAQuarter() {
		Path ref = Fixtures.reference(dir.resolve("ref"));
		Path form = dir.resolve("hn.xlsx");
		assertThat(run("template", "--agency", "HN", "--period", "2026-q3", "--reference", ref.toString(), "--out",
				form.toString()))
			.isEqualTo(Cli.OK);
		assertThat(form).isRegularFile();
	}

	@Test
	void shouldRefuseAnUnknownOption() {
		assertThat(run("run", "--colour")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("Unknown option: '--colour'").doesNotContain("Exception");
	}

	@Test
	void shouldRefuseAMissingFolder() {
		assertThat(run("run", "--period", "2026-10", "--reference", dir.resolve("nope").toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("The reference folder").contains("does not exist");
	}

	@Test
	void shouldRefuseAnUnknownLanguage() {
		Fixtures.reference(dir.resolve("ref"));
		Path out = dir.resolve("out");
		assertThat(run("run", "--period", "2026-10", "--reference", dir.resolve("ref").toString(), "--inbox",
				dir.resolve("ref").toString(), "--out", out.toString(), "--lang", "fr")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("The report language must be en or vi, not 'fr'.");
	}

	@Test
	void shouldRefuseAnOutputFolderInsideTheInboxOrTheReverse() throws java.io.IOException {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = java.nio.file.Files.createDirectories(dir.resolve("inbox"));
		assertThat(run("run", "--period", "2026-10", "--reference", reference.toString(), "--inbox", inbox.toString(),
				"--out", inbox.resolve("out").toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("must not be one inside the other: the run would read its own reports");
		assertThat(inbox.resolve("out")).doesNotExist();
		// the reverse, and through a link: the same folder by another name
		java.nio.file.Files.createSymbolicLink(dir.resolve("alias"), dir);
		assertThat(run("run", "--period", "2026-10", "--reference", reference.toString(), "--inbox", inbox.toString(),
				"--out", dir.resolve("alias").toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString().split("must not be one inside the other", -1)).hasSize(3);
		assertThat(err.toString()).doesNotContain("Exception");
	}

	@Test
	void shouldListEveryReferenceProblemAndRunNothing() {
		Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(dir.resolve("ref/tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on
				T1,Report,R,,2026-06-30,
				T1,Report,R,HN,2026-13-01,
				""");
		Path out = dir.resolve("out");
		assertThat(run("run", "--period", "2026-10", "--reference", dir.resolve("ref").toString(), "--inbox",
				dir.toString(), "--out", out.toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("tasks.csv:2: lead_agency is empty")
			.contains("tasks.csv:3: task id 'T1' is already used on line 2")
			.contains("tasks.csv:3: due_date '2026-13-01' is not a date");
		assertThat(out).doesNotExist();
	}

	@Test
	void shouldPrintHelpForEachCommand() {
		for (String command : new String[] { "run", "validate", "template", "runs" }) {
			assertThat(run(command, "--help")).isZero();
		}
		assertThat(out.toString()).contains("--period").contains("--agency").contains("--last");
	}

	@Test
	void shouldValidateWithoutStoringAndExitOneOnProblems() {
		Path ref = Fixtures.reference(dir.resolve("ref"));
		Path file = Fixtures.submission(dir.resolve("hn.csv"), "HN,2026-10,EXPORTS,1506.14,USD_M,2026-11-03,",
				"HN,2026-10,EXPORTS,\"1.506,14\",USD_M,2026-11-03,");
		assertThat(run("validate", "--reference", ref.toString(), file.toString())).isEqualTo(Cli.FAILED);
		assertThat(out.toString()).contains(file + ":3: BAD_VALUE field value: '1.506,14'");
	}

	@Test
	void shouldValidateInVietnameseWithLangVi() {
		Path ref = Fixtures.reference(dir.resolve("ref"));
		Path file = Fixtures.submission(dir.resolve("hn.csv"), "HN,2026-10,EXPORTS,1506.14,USD_M,2026-11-03,",
				"HN,2026-10,EXPORTS,\"1.506,14\",USD_M,2026-11-03,", ",2026-10,EXPORTS,1,USD_M,2026-11-03,");
		assertThat(run("validate", "--lang", "vi", "--reference", ref.toString(), file.toString())).isEqualTo(Cli.FAILED);
		assertThat(out.toString())
			.contains(file + ":3: BAD_VALUE cột 'value' (giá trị): '1.506,14' có dấu phẩy; số phải ghi dấu chấm '.' làm "
					+ "dấu thập phân và không có dấu phân cách hàng nghìn: ghi 1506.14")
			.contains(file + ":4: UNKNOWN_AGENCY cột 'agency' (mã cơ quan) để trống: ghi mã cơ quan")
			.contains("Tìm thấy 2 lỗi")
			.doesNotContain("field", "problem");
	}

	@Test
	void shouldPrintTheRunInItsLanguage() {
		Path ref = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-10,EXPORTS,100,USD_M,2026-11-02,",
				"HN,2026-10,EXPORTS,1.000,USD_M,2026-11-02,");
		assertThat(run("run", "--period", "2026-10", "--lang", "vi", "--reference", ref.toString(), "--inbox",
				inbox.toString(), "--out", dir.resolve("out").toString()))
			.as(err.toString())
			.isZero();
		assertThat(out.toString()).contains("Tệp: đã đọc 1")
			.contains("Dòng: đọc 2 = 1 được chấp nhận + 1 bị từ chối")
			.contains("Các tệp có dòng bị từ chối (chi tiết trong rejects.csv):")
			.contains("Lần chạy 1 kỳ 2026-10 (bản 1) đã hoàn thành.")
			.doesNotContain("Rows:", "Files:", "completed");
	}

	@Test
	void shouldValidateInTheConfiguredLanguageWithoutLang() {
		Path ref = Fixtures.reference(dir.resolve("ref"));
		Path file = Fixtures.submission(dir.resolve("hn.csv"), ",2026-10,EXPORTS,1,USD_M,2026-11-03,");
		assertThat(run("validate", "--reference", ref.toString(), file.toString(), "--scorecard.lang=vi"))
			.isEqualTo(Cli.FAILED);
		assertThat(out.toString()).contains(file + ":2: UNKNOWN_AGENCY cột 'agency' (mã cơ quan) để trống");
		out.getBuffer().setLength(0);
		assertThat(run("validate", "--reference", ref.toString(), file.toString())).isEqualTo(Cli.FAILED);
		assertThat(out.toString()).contains(file + ":2: UNKNOWN_AGENCY field agency is empty");
	}

}
