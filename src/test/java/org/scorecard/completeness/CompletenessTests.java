package org.scorecard.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:completeness;DB_CLOSE_DELAY=-1")
class CompletenessTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	/**
	 * Period 2026-09, calendar cut-off, 5 days: the period ends 2026-09-30, the deadline is the end of
	 * 2026-10-05 in Asia/Ho_Chi_Minh (2026-10-05T16:59:59.999999999Z).
	 * HN: first row 2026-10-05T23:59:59+07:00, on time. LC: first row 2026-10-05T17:00Z, which is
	 * 2026-10-06T00:00+07:00, late. DOI: on time on 2026-10-01, revised late on 2026-10-10: the
	 * earliest (now superseded) row counts, on time. VN: only a rejected row, missing.
	 * Expected 4; reporting rate 3/4 = 0.75; on-time rate 2/4 = 0.5.
	 */
	@Test
	void shouldJudgeEachExpectedReporterByItsEarliestAcceptedRow() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,1,USD_M,2026-10-05T23:59:59+07:00,",
				"LC,2026-09,EXPORTS,1,USD_M,2026-10-05T17:00Z,", "DOI,2026-09,PROC_TOTAL,31,COUNT,2026-10-01,",
				"DOI,2026-09,PROC_TOTAL,32,COUNT,2026-10-10,", "VN,2026-09,EXPORTS,-5,USD_M,2026-10-01,",
				"VN,2026-08,EXPORTS,5,USD_M,2026-09-01,another period");
		launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"), Cutoff.CALENDAR, 5,
				false));

		JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/2026-09/summary.json").toFile());
		assertThat(summary.get("completeness")).extracting(e -> e.get("agency").asText() + " " + e.get("status").asText())
			.containsExactly("DOI on_time", "HN on_time", "LC late", "VN missing");
		assertThat(summary.get("completeness").get(2).get("first_submitted_at").asText())
			.isEqualTo("2026-10-06T00:00:00+07:00");
		assertThat(summary.get("completeness").get(3).get("first_submitted_at").isNull()).isTrue();
		JsonNode reporting = summary.get("reporting");
		assertThat(reporting.get("expected").asInt()).isEqualTo(4);
		assertThat(reporting.get("reporting_rate").decimalValue()).isEqualByComparingTo("0.75");
		assertThat(reporting.get("on_time_rate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(reporting.get("deadline").asText()).isEqualTo("2026-10-05T23:59:59+07:00");
		assertThat(summary.get("tasks")).extracting(t -> t.get("id").asText() + " " + t.get("status").asText())
			.containsExactly("T1 overdue");
	}

	/** Decree 09: period 2026-09 ends 2026-09-14, deadline end of 2026-09-19; HN on the 19th is on time, LC on the 20th late. */
	@Test
	void shouldUseTheDecree09PeriodEnd() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2026-09,EXPORTS,1,USD_M,2026-09-19T22:00+07:00,",
				"LC,2026-09,EXPORTS,1,USD_M,2026-09-20T08:00+07:00,");
		launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out9"), Cutoff.DECREE09, 5,
				false));
		JsonNode summary = new ObjectMapper().readTree(dir.resolve("out9/2026-09/summary.json").toFile());
		assertThat(summary.get("completeness")).extracting(e -> e.get("agency").asText() + " " + e.get("status").asText())
			.containsExactly("DOI missing", "HN on_time", "LC late", "VN missing");
	}

}
