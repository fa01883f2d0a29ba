package org.scorecard.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.run.Run;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.scorecard.text.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mailing a real run through a real SMTP server (GreenMail on a loopback port, stopped and started
 * again for outages): who gets which PDF, with which subject; each message sent once however often
 * the mailing is repeated or interrupted; retries and failures in the delivery log; the dry run's outbox.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1", "spring.mail.host=127.0.0.1",
		"scorecard.mail.secretariat=thuky@example.vn, vanphong@example.vn",
		"scorecard.mail.from=Ban Thư ký <scorecard@example.vn>", "scorecard.mail.attempts=3",
		"scorecard.mail.backoff=5ms" })
class MailTests {

	private static final int PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final List<String> SECRETARIAT = List.of("thuky@example.vn", "vanphong@example.vn");

	/** Every message, in sending order; DN has no address, VN does not report. */
	private static final List<String> SENDABLE = List.of(Delivery.SECRETARIAT, "DOI", "HCM", "HN", "LC");

	@Autowired
	RunLauncher launcher;

	@Autowired
	MailService mail;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	/** What each address received over the test: stopping GreenMail empties its mailboxes. */
	private final Map<String, List<MimeMessage>> delivered = new HashMap<>();

	private boolean serverUp = true;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> PORT);
	}

	@Test
	void shouldMailTheConsolidatedReportToTheSecretariatAndEachScorecardToItsAgency() throws Exception {
		Run run = run("vi");
		long runId = run.id();
		Path period = dir.resolve("out/2026-09");

		MailOutcome outcome = mail.send(runId, false);

		assertThat(outcome.sent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		assertThat(outcome.failed()).isEmpty();
		assertThat(outcome.skipped()).singleElement().satisfies(skipped -> {
			assertThat(skipped.key()).isEqualTo("DN");
			// the reason in the run's language (the console's)
			assertThat(skipped.reason()).isEqualTo("Cơ quan DN (Đà Nẵng) không có địa chỉ thư điện tử trong agencies.csv.");
		});
		assertEveryRecipientGotOneMessage();
		for (String address : SECRETARIAT) {
			Received report = only(address);
			assertThat(report.subject())
				.isEqualTo("Báo cáo đánh giá Tháng 9/2026: báo cáo tổng hợp (phiên bản " + run.edition() + ")");
			assertThat(report.rawSubject()).startsWith("=?UTF-8?");
			assertThat(report.from()).isEqualTo("Ban Thư ký <scorecard@example.vn>");
			assertThat(report.to()).containsExactlyElementsOf(SECRETARIAT);
			assertThat(report.text()).startsWith("Kính gửi Ban Thư ký,")
				.contains("báo cáo đánh giá tổng hợp tháng 9/2026 (scorecard-2026-09.pdf), phiên bản " + run.edition()
						+ " của lượt chạy " + runId + ":");
			assertThat(report.attachmentName()).isEqualTo("scorecard-2026-09.pdf");
			assertThat(report.attachmentType()).startsWith("application/pdf");
			assertThat(report.attachment()).isEqualTo(Files.readAllBytes(period.resolve("scorecard-2026-09.pdf")));
		}
		Map<String, String> names = Map.of("DOI", "Cục Công nghiệp", "HCM", "Thành phố Hồ Chí Minh", "HN", "Hà Nội",
				"LC", "Lào Cai");
		for (Map.Entry<String, String> agency : names.entrySet()) {
			String code = agency.getKey();
			Received scorecard = only(code.toLowerCase() + "@example.vn");
			assertThat(scorecard.subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: " + agency.getValue());
			assertThat(scorecard.to()).containsExactly(code.toLowerCase() + "@example.vn");
			assertThat(scorecard.text()).startsWith("Kính gửi " + agency.getValue() + ",");
			assertThat(scorecard.attachmentName()).isEqualTo(code + "-2026-09.pdf");
			assertThat(scorecard.attachmentType()).startsWith("application/pdf");
			assertThat(scorecard.attachment())
				.isEqualTo(Files.readAllBytes(period.resolve("agencies/" + code + "-2026-09.pdf")));
		}
		// each agency's body says what concerns it and nothing else
		assertThat(only("hn@example.vn").text()).contains("Cơ quan đã gửi báo cáo đúng hạn",
				"Có 1 dòng số liệu (trong tệp cơ quan gửi hoặc ghi tên cơ quan) bị từ chối")
			.doesNotContain("chậm", "chưa nhận được", "không có việc nào khác");
		assertThat(only("lc@example.vn").text()).contains("Cơ quan gửi báo cáo chậm: lần đầu ngày")
			.doesNotContain("bị từ chối", "không có việc nào khác");
		assertThat(only("hcm@example.vn").text()).contains("Ban Thư ký chưa nhận được báo cáo Tháng 9/2026 của cơ quan")
			.doesNotContain("bị từ chối", "đúng hạn");
		assertThat(only("doi@example.vn").text()).contains("Cơ quan đã gửi báo cáo đúng hạn",
				"Tháng này không có việc nào khác cần cơ quan xử lý.")
			.doesNotContain("bị từ chối", "chậm");
		// an automatic message, dated in the reporting zone
		MimeMessage raw = received().get("hn@example.vn").get(0);
		assertThat(raw.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(raw.getHeader("Date")[0]).endsWith("+0700");
		assertThat(log(runId)).containsExactly("DOI sent 1", "HCM sent 1", "HN sent 1", "LC sent 1",
				"secretariat sent 1");
		assertThat(jdbc.queryForObject("SELECT recipients FROM mail_delivery WHERE run_id = ? AND message_key = ?",
				String.class, runId, Delivery.SECRETARIAT))
			.isEqualTo("thuky@example.vn, vanphong@example.vn");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_delivery WHERE run_id = ? AND sent_at IS NULL",
				Integer.class, runId))
			.isZero();
	}

	@Test
	void shouldSendNothingTheSecondTime() throws Exception {
		long runId = run("en").id();
		mail.send(runId, false);

		MailOutcome again = mail.send(runId, false);

		assertThat(again.sent()).isEmpty();
		assertThat(again.alreadySent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		assertThat(again.alreadySent()).allSatisfy(delivery -> assertThat(delivery.sentAt()).isNotNull());
		assertThat(again.complete()).isTrue();
		assertEveryRecipientGotOneMessage();
		assertThat(log(runId)).allSatisfy(row -> assertThat(row).endsWith("sent 1"));
	}

	@Test
	void shouldSendOnlyTheRestWhenCalledAgainAfterTheServerWentDownHalfwayThrough() throws Exception {
		long runId = run("en").id();
		MailProgress stopAfterTwo = new MailProgress() {
			@Override
			public void done(Delivery delivery) {
				if (delivery.key().equals("DOI")) {
					stopServer();
				}
			}
		};

		MailOutcome first = mail.send(runId, false, stopAfterTwo);

		assertThat(first.sent()).extracting(Delivery::key).containsExactly(Delivery.SECRETARIAT, "DOI");
		assertThat(first.failed()).extracting(Delivery::key).containsExactly("HCM", "HN", "LC");
		assertThat(first.failed()).allSatisfy(failed -> {
			assertThat(failed.attempts()).isEqualTo(3);
			assertThat(failed.reason()).startsWith("Not sent after 3 attempts: ").contains("Connection refused");
		});
		assertThat(first.complete()).isFalse();

		startServer();
		MailOutcome second = mail.send(runId, false);

		assertThat(second.alreadySent()).extracting(Delivery::key).containsExactly(Delivery.SECRETARIAT, "DOI");
		assertThat(second.sent()).extracting(Delivery::key).containsExactly("HCM", "HN", "LC");
		assertEveryRecipientGotOneMessage();
		assertThat(log(runId)).containsExactly("DOI sent 1", "HCM sent 4", "HN sent 4", "LC sent 4",
				"secretariat sent 1");
	}

	@Test
	void shouldRetryRecordTheFailureAndStillSendTheOthersDuringAnOutage() throws Exception {
		long runId = run("en").id();
		List<String> retries = new ArrayList<>();
		MailProgress outageDuringHcm = new MailProgress() {
			@Override
			public void retrying(String key, int attempt, Duration wait, String error) {
				retries.add(key + " " + attempt + " " + wait.toMillis());
			}

			@Override
			public void done(Delivery delivery) {
				if (delivery.key().equals("DOI")) {
					stopServer();
				}
				if (delivery.key().equals("HCM")) {
					startServer();
				}
			}
		};

		MailOutcome first = mail.send(runId, false, outageDuringHcm);

		assertThat(retries).containsExactly("HCM 1 5", "HCM 2 10");
		assertThat(first.sent()).extracting(Delivery::key).containsExactly(Delivery.SECRETARIAT, "DOI", "HN", "LC");
		assertThat(first.failed()).singleElement().satisfies(failed -> {
			assertThat(failed.key()).isEqualTo("HCM");
			assertThat(failed.recipients()).containsExactly("hcm@example.vn");
			assertThat(failed.reason()).matches("Not sent after 3 attempts: Couldn't connect to host, port: "
					+ "127\\.0\\.0\\.1, " + PORT + ".*\\(Connection refused\\)\\.");
		});
		assertThat(log(runId)).containsExactly("DOI sent 1", "HCM failed 3", "HN sent 1", "LC sent 1",
				"secretariat sent 1");
		assertThat(jdbc.queryForObject("SELECT last_error FROM mail_delivery WHERE run_id = ? AND message_key = 'HCM'",
				String.class, runId))
			.contains("Connection refused");
		assertThat(counts()).doesNotContainKey("hcm@example.vn");

		MailOutcome second = mail.send(runId, false);

		assertThat(second.sent()).extracting(Delivery::key).containsExactly("HCM");
		assertThat(second.sent()).singleElement().satisfies(sent -> assertThat(sent.attempts()).isOne());
		assertThat(log(runId)).containsExactly("DOI sent 1", "HCM sent 4", "HN sent 1", "LC sent 1",
				"secretariat sent 1");
		assertEveryRecipientGotOneMessage();
		assertThat(only("hcm@example.vn").attachmentName()).isEqualTo("HCM-2026-09.pdf");
	}

	@Test
	void shouldSendAMessageOnALaterAttemptWhenTheServerComesBack() throws Exception {
		long runId = run("en").id();
		stopServer();
		MailProgress serverBackOnFirstRetry = new MailProgress() {
			@Override
			public void retrying(String key, int attempt, Duration wait, String error) {
				if (!serverUp) {
					startServer();
				}
			}
		};

		MailOutcome outcome = mail.send(runId, false, serverBackOnFirstRetry);

		assertThat(outcome.sent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		assertThat(outcome.sent()).extracting(Delivery::attempts).containsExactly(2, 1, 1, 1, 1);
		assertThat(log(runId)).containsExactly("DOI sent 1", "HCM sent 1", "HN sent 1", "LC sent 1",
				"secretariat sent 2");
		assertEveryRecipientGotOneMessage();
	}

	@Test
	void shouldSendOnlyTheRestWhenTheCommandIsRunAgainAfterStoppingHalfwayThrough() throws Exception {
		long runId = run("en").id();
		MailProgress dieAfterTwo = new MailProgress() {
			@Override
			public void done(Delivery delivery) {
				if (delivery.key().equals("DOI")) {
					throw new IllegalStateException("killed");
				}
			}
		};
		assertThatThrownBy(() -> mail.send(runId, false, dieAfterTwo)).hasMessage("killed");
		assertThat(log(runId)).containsExactly("DOI sent 1", "secretariat sent 1");

		RunOutcome again = launch("en", false);
		assertThat(again.reused()).isTrue();
		MailOutcome restarted = mail.send(again.run().id(), false);

		assertThat(restarted.alreadySent()).extracting(Delivery::key).containsExactly(Delivery.SECRETARIAT, "DOI");
		assertThat(restarted.sent()).extracting(Delivery::key).containsExactly("HCM", "HN", "LC");
		assertEveryRecipientGotOneMessage();
	}

	@Test
	void shouldWriteTheMessagesToTheOutboxOnADryRunAndRecordNothing() throws Exception {
		Run run = run("en");
		long runId = run.id();
		Path period = dir.resolve("out/2026-09");

		MailOutcome dry = mail.send(runId, true);

		Path outbox = period.resolve("outbox");
		assertThat(dry.written()).extracting(Delivery::file)
			.containsExactly(outbox.resolve("01-secretariat.eml"), outbox.resolve("02-DOI.eml"),
					outbox.resolve("03-HCM.eml"), outbox.resolve("04-HN.eml"), outbox.resolve("05-LC.eml"));
		try (Stream<Path> files = Files.list(outbox)) {
			assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("01-secretariat.eml",
					"02-DOI.eml", "03-HCM.eml", "04-HN.eml", "05-LC.eml");
		}
		Received report = Received.of(parse(outbox.resolve("01-secretariat.eml")));
		assertThat(report.subject())
			.isEqualTo("Scorecard September 2026: consolidated report (edition " + run.edition() + ")");
		assertThat(report.to()).containsExactlyElementsOf(SECRETARIAT);
		assertThat(report.attachmentName()).isEqualTo("scorecard-2026-09.pdf");
		assertThat(report.attachment()).isEqualTo(Files.readAllBytes(period.resolve("scorecard-2026-09.pdf")));
		Received hanoi = Received.of(parse(outbox.resolve("04-HN.eml")));
		assertThat(hanoi.subject()).isEqualTo("Scorecard September 2026: Hanoi (Hà Nội)");
		assertThat(hanoi.to()).containsExactly("hn@example.vn");
		assertThat(hanoi.text()).startsWith("Dear colleagues of Hanoi (Hà Nội),")
			.contains("Your submission arrived on time, first on ",
					"1 row of the files you sent (or naming you) was rejected; your scorecard gives its file, line and reason.")
			.doesNotContain("late", "Nothing else");
		assertThat(hanoi.attachmentName()).isEqualTo("HN-2026-09.pdf");
		assertThat(hanoi.attachmentType()).startsWith("application/pdf");
		assertThat(hanoi.attachment()).isEqualTo(Files.readAllBytes(period.resolve("agencies/HN-2026-09.pdf")));
		assertThat(counts()).isEmpty();
		assertThat(log(runId)).isEmpty();

		MailOutcome real = mail.send(runId, false);

		assertThat(real.sent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		assertEveryRecipientGotOneMessage();
		assertThat(only("hn@example.vn").messageId()).isEqualTo(hanoi.messageId());
	}

	@Test
	void shouldRefuseARunReplacedByALaterOne() throws Exception {
		long first = run("en").id();
		long second = launch("en", true).run().id();

		assertThatThrownBy(() -> mail.send(first, false)).isInstanceOf(MailRequestException.class)
			.hasMessageStartingWith("Run " + first + " of 2026-09 has been replaced by run " + second);
		assertThat(counts()).isEmpty();
		assertThat(mail.send(second, false).sent()).hasSize(5);
	}

	@Test
	void shouldMailEachAgencyInItsLanguageWithThatEditionsScorecardInATwoLanguageRun() throws Exception {
		Run run = runWithAgencyLangs(Language.VI, Language.EN);
		long runId = run.id();
		Path period = dir.resolve("out/2026-09");

		MailOutcome outcome = mail.send(runId, false);

		assertThat(outcome.failed()).as("a missing .vi.pdf / .en.pdf fails its message").isEmpty();
		assertThat(outcome.sent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		assertEveryRecipientGotOneMessage();
		// the secretariat: the run's own language and the report of that edition
		Received report = only("thuky@example.vn");
		assertThat(report.subject())
			.isEqualTo("Báo cáo đánh giá Tháng 9/2026: báo cáo tổng hợp (phiên bản " + run.edition() + ")");
		assertThat(report.text()).contains("(scorecard-2026-09.vi.pdf)");
		assertThat(report.attachmentName()).isEqualTo("scorecard-2026-09.vi.pdf");
		assertThat(report.attachment()).isEqualTo(Files.readAllBytes(period.resolve("scorecard-2026-09.vi.pdf")));
		// HN and DOI asked for English: English words, English names, the en edition
		Received hanoi = only("hn@example.vn");
		assertThat(hanoi.subject()).isEqualTo("Scorecard September 2026: Hanoi (Hà Nội)");
		assertThat(hanoi.text()).startsWith("Dear colleagues of Hanoi (Hà Nội),")
			.contains("(HN-2026-09.en.pdf)", "Your submission arrived on time, first on ",
					"1 row of the files you sent (or naming you) was rejected")
			.doesNotContain("Kính gửi", "Cơ quan");
		assertThat(hanoi.attachmentName()).isEqualTo("HN-2026-09.en.pdf");
		assertThat(hanoi.attachment()).isEqualTo(Files.readAllBytes(period.resolve("agencies/HN-2026-09.en.pdf")));
		Received industry = only("doi@example.vn");
		assertThat(industry.subject()).isEqualTo("Scorecard September 2026: Department of Industry (Cục Công nghiệp)");
		assertThat(industry.attachmentName()).isEqualTo("DOI-2026-09.en.pdf");
		// LC said vi, HCM said nothing (vi): Vietnamese words and names, the vi edition
		Received laoCai = only("lc@example.vn");
		assertThat(laoCai.subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Lào Cai");
		assertThat(laoCai.text()).startsWith("Kính gửi Lào Cai,")
			.contains("(LC-2026-09.vi.pdf)", "Cơ quan gửi báo cáo chậm: lần đầu ngày")
			.doesNotContain("Dear", "Lao Cai");
		assertThat(laoCai.attachmentName()).isEqualTo("LC-2026-09.vi.pdf");
		assertThat(laoCai.attachment()).isEqualTo(Files.readAllBytes(period.resolve("agencies/LC-2026-09.vi.pdf")));
		Received hoChiMinh = only("hcm@example.vn");
		assertThat(hoChiMinh.subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Thành phố Hồ Chí Minh");
		assertThat(hoChiMinh.attachmentName()).isEqualTo("HCM-2026-09.vi.pdf");
		assertThat(jdbc.queryForList("SELECT message_key || ' ' || attachment FROM mail_delivery WHERE run_id = ? "
				+ "ORDER BY message_key", String.class, runId))
			.containsExactly("DOI DOI-2026-09.en.pdf", "HCM HCM-2026-09.vi.pdf", "HN HN-2026-09.en.pdf",
					"LC LC-2026-09.vi.pdf", "secretariat scorecard-2026-09.vi.pdf");
	}

	@Test
	void shouldMailAnAgencyInTheRunsLanguageWhenTheRunHasNoEditionInItsOwn() throws Exception {
		Run run = runWithAgencyLangs(Language.VI, null);
		Path period = dir.resolve("out/2026-09");

		MailOutcome outcome = mail.send(run.id(), false);

		assertThat(outcome.sent()).extracting(Delivery::key).containsExactlyElementsOf(SENDABLE);
		// HN asked for English, but a Vietnamese-only run has no English scorecard to send it
		Received hanoi = only("hn@example.vn");
		assertThat(hanoi.subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Hà Nội");
		assertThat(hanoi.text()).startsWith("Kính gửi Hà Nội,").contains("(HN-2026-09.pdf)");
		assertThat(hanoi.attachmentName()).isEqualTo("HN-2026-09.pdf");
		assertThat(hanoi.attachment()).isEqualTo(Files.readAllBytes(period.resolve("agencies/HN-2026-09.pdf")));
		assertThat(only("lc@example.vn").subject()).isEqualTo("Phiếu đánh giá Tháng 9/2026: Lào Cai");
		assertThat(only("thuky@example.vn").attachmentName()).isEqualTo("scorecard-2026-09.pdf");
	}

	@Test
	void shouldMailAVietnameseAgencyInEnglishWhenTheRunIsInEnglishOnly() throws Exception {
		Run run = runWithAgencyLangs(Language.EN, null);

		mail.send(run.id(), false);

		// LC asked for Vietnamese; the run has only the English edition
		Received laoCai = only("lc@example.vn");
		assertThat(laoCai.subject()).isEqualTo("Scorecard September 2026: Lao Cai (Lào Cai)");
		assertThat(laoCai.attachmentName()).isEqualTo("LC-2026-09.pdf");
		assertThat(only("hn@example.vn").subject()).isEqualTo("Scorecard September 2026: Hanoi (Hà Nội)");
	}

	/**
	 * A new completed run of 2026-09 in {@code dir}: five reporting agencies, one without an address;
	 * HN sent a row that is rejected, LC reported late, HCM not at all.
	 * Every test starts a new run (--rerun): the tests share a database, and would otherwise reuse the
	 * first test's run of the same files.
	 */
	private Run run(String lang) throws Exception {
		writeFiles();
		return launch(lang, true).run();
	}

	/** The files of {@link #run}. */
	private void writeFiles() {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,nso@example.vn,no
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes
				LC,Lao Cai,Lào Cai,province,VN,lc@example.vn,yes
				HCM,Ho Chi Minh City,Thành phố Hồ Chí Minh,province,VN,hcm@example.vn,yes
				DN,Da Nang,Đà Nẵng,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,doi@example.vn,yes
				""");
		// HN sends a row that is rejected, LC is late, HCM sends nothing, DOI is on time with nothing else
		Fixtures.submission(dir.resolve("inbox/HN-2026-09.csv"), "HN,2025-09,EXPORTS,100,USD_M,2026-10-02,",
				"HN,2026-09,EXPORTS,110,USD_M,2026-10-02,", "HN,2026-09,IMPORTS,lots,USD_M,2026-10-02,");
		Fixtures.submission(dir.resolve("inbox/a.csv"), "LC,2026-09,EXPORTS,50,USD_M,2026-10-09,",
				"DOI,2026-09,PROC_TOTAL,31,,2026-10-02,");
	}

	/**
	 * The run of {@link #run}'s files, agencies.csv with a lang column (HN and DOI en, LC vi, HCM and DN
	 * empty), in {@code lang} and, when {@code second} is set, a second edition in it.
	 */
	private Run runWithAgencyLangs(Language lang, Language second) throws Exception {
		writeFiles();
		Fixtures.write(dir.resolve("ref/agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports,lang
				VN,Viet Nam,Việt Nam,nation,,nso@example.vn,no,en
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes,en
				LC,Lao Cai,Lào Cai,province,VN,lc@example.vn,yes,vi
				HCM,Ho Chi Minh City,Thành phố Hồ Chí Minh,province,VN,hcm@example.vn,yes,
				DN,Da Nang,Đà Nẵng,province,VN,,yes,
				DOI,Department of Industry,Cục Công nghiệp,department,,doi@example.vn,yes,en
				""");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), dir.resolve("ref"),
				dir.resolve("inbox"), dir.resolve("out"), Cutoff.CALENDAR, 5, true, lang, RunRequest.TEMPLATES, second));
		assertThat(outcome.completed()).as(outcome.failure()).isTrue();
		return outcome.run();
	}

	/** The command "run --period 2026-09" on the files in {@code dir}, with or without --rerun. */
	private RunOutcome launch(String lang, boolean rerun) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), dir.resolve("ref"),
				dir.resolve("inbox"), dir.resolve("out"), Cutoff.CALENDAR, 5, rerun, org.scorecard.text.Language.of(lang), RunRequest.TEMPLATES));
		assertThat(outcome.completed()).as(outcome.failure()).isTrue();
		return outcome;
	}

	/** The delivery log: "KEY status attempts", by key. */
	private List<String> log(long runId) {
		return jdbc.queryForList("SELECT message_key || ' ' || status || ' ' || attempts FROM mail_delivery "
				+ "WHERE run_id = ? ORDER BY message_key", String.class, runId);
	}

	private void stopServer() {
		received().forEach((address, messages) -> delivered.computeIfAbsent(address, a -> new ArrayList<>())
			.addAll(messages));
		smtp.stop();
		serverUp = false;
	}

	private void startServer() {
		smtp.start();
		serverUp = true;
	}

	/** Every message each address received, in the server's mailboxes and before its restarts. */
	private Map<String, List<MimeMessage>> received() {
		Map<String, List<MimeMessage>> received = new TreeMap<>();
		delivered.forEach((address, messages) -> received.put(address, new ArrayList<>(messages)));
		if (serverUp) {
			for (GreenMailUser user : smtp.getUserManager().listUser()) {
				List<MimeMessage> messages = smtp
					.findReceivedMessages(u -> u.getEmail().equals(user.getEmail()), m -> true)
					.toList();
				received.computeIfAbsent(user.getEmail(), a -> new ArrayList<>()).addAll(messages);
			}
		}
		received.values().removeIf(List::isEmpty);
		return received;
	}

	/** The two secretariat addresses and four agencies received one message each: none lost, none twice. */
	private void assertEveryRecipientGotOneMessage() {
		assertThat(counts()).containsOnlyKeys("thuky@example.vn", "vanphong@example.vn", "doi@example.vn",
				"hcm@example.vn", "hn@example.vn", "lc@example.vn")
			.allSatisfy((address, count) -> assertThat(count).as(address).isOne());
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		received().forEach((address, messages) -> counts.put(address, messages.size()));
		return counts;
	}

	private Received only(String address) throws Exception {
		List<MimeMessage> messages = received().getOrDefault(address, List.of());
		assertThat(messages).as(address).hasSize(1);
		return Received.of(messages.get(0));
	}

	private static MimeMessage parse(Path eml) throws IOException, MessagingException {
		try (InputStream in = Files.newInputStream(eml)) {
			return new MimeMessage(Session.getInstance(new Properties()), in);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A message as its recipient reads it: decoded subject and sender, the text, the one attachment. */
	record Received(String messageId, String subject, String rawSubject, String from, List<String> to, String text,
			String attachmentName, String attachmentType, byte[] attachment) {

		static Received of(MimeMessage message) throws Exception {
			String text = null;
			BodyPart pdf = null;
			MimeMultipart parts = (MimeMultipart) message.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				BodyPart part = parts.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
					assertThat(pdf).as("one attachment").isNull();
					pdf = part;
				}
				else if (part.isMimeType("text/plain")) {
					text = (String) part.getContent();
				}
			}
			assertThat(pdf).as("attachment").isNotNull();
			InternetAddress from = (InternetAddress) message.getFrom()[0];
			List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.map(Address::toString)
				.toList();
			return new Received(message.getMessageID(), message.getSubject(), message.getHeader("Subject")[0],
					from.getPersonal() + " <" + from.getAddress() + ">", to, text, pdf.getFileName(),
					pdf.getContentType(), pdf.getInputStream().readAllBytes());
		}

	}

}
