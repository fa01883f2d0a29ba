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
	void shouldRefuseAnUnknownOrMissingOptionInTheLanguageOfTheCommand() {
		assertThat(run("run", "--colour", "--lang", "vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip())
			.isEqualTo("Không có tùy chọn hoặc tham số: '--colour'. Xem 'scorecard run --help'.");
		err.getBuffer().setLength(0);
		assertThat(run("template", "--period", "2026-10", "--scorecard.lang=vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip())
			.isEqualTo("Thiếu tùy chọn hoặc tham số bắt buộc: '--agency=CODE'. Xem 'scorecard template --help'.");
		// English: picocli's own words, as before
		err.getBuffer().setLength(0);
		assertThat(run("template", "--period", "2026-10")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip())
			.isEqualTo("Missing required option: '--agency=CODE'. See 'scorecard template --help'.");
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
		// the steps keep their ids, with their status and what they do in Vietnamese
		assertThat(out.toString()).containsPattern("ingest\\s+hoàn thành\\s.*đọc số liệu gửi đến và kiểm tra từng dòng")
			.containsPattern("loadReference\\s+hoàn thành\\s.*đọc và kiểm tra dữ liệu danh mục")
			.contains("việc thực hiện")
			.doesNotContain("COMPLETED");
		// the reference texts without a Vietnamese column, said once, in Vietnamese
		assertThat(out.toString()).contains("Thiếu bản tiếng Việt (bản tiếng Anh được in thay): tasks.csv T1 title")
			.doesNotContain("Missing Vietnamese");
		// and the list of runs, in Vietnamese too: headers, status, dates
		out.getBuffer().setLength(0);
		assertThat(run("runs", "--lang", "vi", "--out", dir.resolve("out").toString())).as(err.toString()).isZero();
		assertThat(out.toString()).contains("số", "kỳ", "trạng thái", "bắt đầu", "kết thúc", "đã đọc", "chấp nhận",
				"từ chối", "thư đã gửi", "kết quả", "hoàn thành")
			.containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} UTC")
			.doesNotContain("status", "started", "accepted", "COMPLETED");
	}

	@Test
	void shouldSayThereAreNoRunsInTheLanguageOfLang() {
		Path out1 = dir.resolve("out");
		assertThat(run("runs", "--out", out1.toString())).as(err.toString()).isZero();
		assertThat(out.toString()).contains("No runs yet.").containsPattern("id\\s+period\\s+status\\s+started");
		out.getBuffer().setLength(0);
		assertThat(run("runs", "--lang", "vi", "--out", out1.toString())).as(err.toString()).isZero();
		assertThat(out.toString()).contains("Chưa có lần chạy nào.")
			.containsPattern("số\\s+kỳ\\s+trạng thái\\s+bắt đầu")
			.doesNotContain("No runs", "status");
	}

	@Test
	void shouldRefuseABadCommandInTheLanguageOfLang() {
		assertThat(run("run", "--period", "2026-13", "--lang", "vi", "--reference", dir.toString(), "--inbox",
				dir.toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("Kỳ '2026-13' phải ghi dạng YYYY-MM với tháng từ 01 đến 12, ví dụ "
				+ "2026-10, hoặc YYYY-Qn để chỉ tháng cuối quý n, ví dụ 2026-Q3 là 2026-09.");
		// vi,en: the first language is the command's
		err.getBuffer().setLength(0);
		assertThat(run("run", "--period", "2026-10", "--lang", "vi,en", "--reference", dir.resolve("nope").toString()))
			.isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("Không có thư mục dữ liệu danh mục '" + dir.resolve("nope") + "'.");
		// the same in English without --lang
		err.getBuffer().setLength(0);
		assertThat(run("run", "--period", "2026-10", "--reference", dir.resolve("nope").toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("The reference folder '" + dir.resolve("nope") + "' does not exist.");
		// runs --last 0, validate of a missing file: in the language of --lang
		err.getBuffer().setLength(0);
		assertThat(run("runs", "--last", "0", "--lang", "vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("--last phải từ 1 trở lên, không phải 0.");
		err.getBuffer().setLength(0);
		assertThat(run("validate", "--lang", "vi", dir.resolve("none.csv").toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("Không có tệp '" + dir.resolve("none.csv") + "'.");
	}

	@Test
	void shouldRefuseABadCommandInTheConfiguredLanguageWithoutLang() {
		// template has no --lang: the setting scorecard.lang decides
		assertThat(run("template", "--agency", "HN", "--period", "2026-13", "--scorecard.lang=vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).startsWith("Kỳ '2026-13' phải ghi dạng YYYY-MM");
		Path ref = Fixtures.reference(dir.resolve("ref"));
		err.getBuffer().setLength(0);
		assertThat(run("template", "--agency", "XX", "--period", "2026-10", "--reference", ref.toString(),
				"--scorecard.lang=vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("Cơ quan 'XX' không có trong " + ref.resolve("agencies.csv") + ".");
		// --lang wins over the setting
		err.getBuffer().setLength(0);
		assertThat(run("runs", "--last", "0", "--lang", "en", "--scorecard.lang=vi")).isEqualTo(Cli.USAGE);
		assertThat(err.toString().strip()).isEqualTo("--last must be 1 or more, not 0.");
	}

	@Test
	void shouldListReferenceProblemsInVietnameseWithFileAndLine() {
		Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(dir.resolve("ref/tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on
				T1,Report,R,,2026-06-30,
				T1,Report,R,HN,2026-13-01,
				""");
		Path file = Fixtures.submission(dir.resolve("hn.csv"), "HN,2026-10,EXPORTS,1506.14,USD_M,2026-11-03,");
		assertThat(run("validate", "--lang", "vi", "--reference", dir.resolve("ref").toString(), file.toString()))
			.isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("tasks.csv:2: lead_agency để trống: mỗi nhiệm vụ cần đúng một cơ quan chủ trì")
			.contains("tasks.csv:3: mã nhiệm vụ 'T1' đã dùng ở dòng 2")
			.contains("tasks.csv:3: due_date '2026-13-01' không phải là ngày dạng YYYY-MM-DD")
			.contains("Dữ liệu danh mục có 3 lỗi; chưa nạp gì.")
			.doesNotContain("is empty", "already used", "is not a date", "problem");
		// run --lang vi refuses it with the same lines
		err.getBuffer().setLength(0);
		Path out = dir.resolve("out");
		assertThat(run("run", "--period", "2026-10", "--lang", "vi", "--reference", dir.resolve("ref").toString(),
				"--inbox", dir.resolve("ref").toString(), "--out", out.toString())).isEqualTo(Cli.USAGE);
		assertThat(err.toString()).contains("tasks.csv:2: lead_agency để trống")
			.contains("Dữ liệu danh mục có 3 lỗi; chưa nạp gì.");
		assertThat(out).doesNotExist();
	}

	@Test
	void shouldRenderARefusedRunInTheCommandsLanguage() {
		var refused = new org.scorecard.run.RunRefusedException(
				org.scorecard.text.Message.of("refused.period_locked", "period", YearMonth.of(2026, 10)));
		assertThat(refused.getMessage()).startsWith("Another scorecard run of 2026-10 is in progress on this database");
		assertThat(org.scorecard.text.Messages.load(Path.of("templates"), org.scorecard.text.Language.VI)
			.render(refused.reason())).startsWith("Đang có một lần chạy scorecard khác cho kỳ 2026-10");
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
