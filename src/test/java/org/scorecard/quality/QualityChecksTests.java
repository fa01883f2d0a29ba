package org.scorecard.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.Summary;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:quality;DB_CLOSE_DELAY=-1")
class QualityChecksTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	/** Twelve months 2025-03 .. 2026-02 of one agency and indicator, then the given rows. */
	private static List<String> history(String agency, String indicator, String unit, int... values) {
		List<String> rows = new ArrayList<>();
		YearMonth month = YearMonth.of(2025, 3);
		for (int value : values) {
			rows.add(agency + "," + month + "," + indicator + "," + value + "," + unit + ",2026-04-02,");
			month = month.plusMonths(1);
		}
		return rows;
	}

	/**
	 * Period 2026-03, tree VN > HN, VN > LC; DOI and ATF alone. Worked by hand:
	 * <ul>
	 * <li>rule PROC_DEC &lt;= PROC_TOTAL: HN 12 &gt; 10 is a violation; LC 9 &lt;= 90 and VN (rolled up)
	 * 21 &lt;= 100 are not; HN's February 20 &gt; 10 is another month and not checked.</li>
	 * <li>rule BALANCE &lt; EXPORTS (a derived left side, no message): LC imports 0, so BALANCE 394 is not
	 * &lt; EXPORTS 394; HN 550 &lt; 600 and VN 949.8 &lt; 1000 pass.</li>
	 * <li>roll-ups: VN EXPORTS own 1000 vs HN 600 + LC 394 = 994: 6 apart, 0.6 % &gt; 0.5 %, a finding; VN
	 * IMPORTS own 50.2 vs 50: 0.398 %, none; VN COST own 200 vs HN 199: exactly 0.5 %, not more, none.</li>
	 * <li>outliers: DOI COST history 10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 11, 9 has lower median 10 and
	 * MAD 1; 40 scores 0.6745 x 30 = 20.2 &gt; 3.5, an outlier; ATF COST, same history, 15 scores 3.37,
	 * none. DOI PROC_TOTAL flat 31 (MAD and mean deviation 0) then 35: a step of 4 &gt; 10 % of 31, an
	 * outlier; ATF PROC_TOTAL flat 31 then 32: within 10 %, none. LC EXPORTS 394 after only five months of
	 * 10: too little history, none.</li>
	 * </ul>
	 */
	@Test
	void shouldFindRuleViolationsRollUpDiscrepanciesAndOutliers() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				ATF,Agency of Foreign Trade,Cục Xuất nhập khẩu,department,,,yes
				""");
		Fixtures.write(reference.resolve("rules.csv"), """
				left,operator,right,message
				PROC_DEC,<=,PROC_TOTAL,Decentralised cannot exceed the total
				BALANCE,<,EXPORTS,
				""");
		String at = ",2026-04-02,";
		List<String> rows = new ArrayList<>(List.of("HN,2026-03,PROC_TOTAL,10" + "," + at, "HN,2026-03,PROC_DEC,12," + at,
				"HN,2026-02,PROC_TOTAL,10," + at, "HN,2026-02,PROC_DEC,20," + at, "LC,2026-03,PROC_TOTAL,90," + at,
				"LC,2026-03,PROC_DEC,9," + at, "HN,2026-03,EXPORTS,600,USD_M" + at, "HN,2026-03,IMPORTS,50,USD_M" + at,
				"LC,2026-03,EXPORTS,394,USD_M" + at, "LC,2026-03,IMPORTS,0,USD_M" + at,
				"VN,2026-03,EXPORTS,1000,USD_M" + at, "VN,2026-03,IMPORTS,50.2,USD_M" + at,
				"VN,2026-03,COST,200,VND_BN" + at, "HN,2026-03,COST,199,VND_BN" + at));
		int[] noisy = { 10, 11, 9, 10, 12, 10, 9, 11, 10, 10, 11, 9 };
		rows.addAll(history("DOI", "COST", "VND_BN", noisy));
		rows.add("DOI,2026-03,COST,40,VND_BN" + at);
		rows.addAll(history("ATF", "COST", "VND_BN", noisy));
		rows.add("ATF,2026-03,COST,15,VND_BN" + at);
		int[] flat = { 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31 };
		rows.addAll(history("DOI", "PROC_TOTAL", "", flat));
		rows.add("DOI,2026-03,PROC_TOTAL,35," + at);
		rows.addAll(history("ATF", "PROC_TOTAL", "", flat));
		rows.add("ATF,2026-03,PROC_TOTAL,32," + at);
		for (int month = 10; month <= 12; month++) {
			rows.add("LC,2025-" + month + ",EXPORTS,10,USD_M" + at);
		}
		rows.add("LC,2026-01,EXPORTS,10,USD_M" + at);
		rows.add("LC,2026-02,EXPORTS,10,USD_M" + at);
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("rows.csv"), rows.toArray(String[]::new));

		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 3), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.run().rowsRejected()).isZero();

		Summary summary = Summary.read(dir.resolve("out/2026-03/summary.json"));
		assertThat(summary.quality()).extracting(q -> q.get("kind").asText() + " " + q.get("agency").asText() + " "
				+ q.get("period").asText() + " " + q.get("indicator").asText() + " " + q.get("rule").asText())
			.containsExactly("rule HN 2026-03 PROC_DEC PROC_DEC<=PROC_TOTAL", "rule LC 2026-03 BALANCE BALANCE<EXPORTS",
					"rollup VN 2026-03 EXPORTS null", "outlier DOI 2026-03 COST null",
					"outlier DOI 2026-03 PROC_TOTAL null");
		assertThat(summary.quality()).extracting(q -> q.get("message").asText())
			.startsWith("Decentralised cannot exceed the total", "BALANCE 394 is not < EXPORTS 394")
			.anySatisfy(m -> assertThat(m).contains("1000").contains("994").contains("differ by 0.6 %"))
			.anySatisfy(m -> assertThat(m).startsWith("value 40 ").contains("median 10"));
	}

}
