package org.scorecard.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.scorecard.period.Cutoff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:values;DB_CLOSE_DELAY=-1")
class AgencyValuesTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	/**
	 * Tree VN > HN > HN-DOIT and VN > LC. Worked by hand:
	 * 2026-09 EXPORTS: HN-DOIT 10 (its earlier revision 8 is superseded), HN none so 10 rolled up,
	 * LC 5, VN none so 10 + 5 = 15 rolled up. 2026-08 EXPORTS: HN own 100 wins over HN-DOIT's 10;
	 * VN = 100 rolled up. 2026-07 EXPORTS: VN own 1000 kept although HN sent 7.
	 * PROC_TOTAL (last) 31 at HN-DOIT rolls up to HN and VN. GDP_GROWTH (avg) never rolls up.
	 * Outside the months a run of 2026-09 reads (2025-01 to 2026-09): HN-DOIT's 2024-12 and LC's 2026-10
	 * exports are stored rows but no values.
	 */
	@Test
	void shouldRollUpSumAndLastIndicatorsWhereAParentHasNoOwnValue() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Fixtures.write(reference.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,,yes
				HN-DOIT,Hanoi Department of Industry and Trade,Sở Công Thương Hà Nội,department,HN,,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				""");
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN-DOIT,2026-09,EXPORTS,8,USD_M,2026-10-01,",
				"HN-DOIT,2026-09,EXPORTS,10,USD_M,2026-10-02,revised", "LC,2026-09,EXPORTS,5,USD_M,2026-10-01,",
				"HN,2026-08,EXPORTS,100,USD_M,2026-09-01,", "HN-DOIT,2026-08,EXPORTS,10,USD_M,2026-09-01,",
				"VN,2026-07,EXPORTS,1000,USD_M,2026-08-01,", "HN,2026-07,EXPORTS,7,USD_M,2026-08-01,",
				"HN-DOIT,2026-09,PROC_TOTAL,31,COUNT,2026-10-01,", "HN,2026-09,GDP_GROWTH,6.5,PERCENT,2026-10-01,",
				"HN-DOIT,2024-12,EXPORTS,3,USD_M,2025-01-05,", "LC,2026-10,EXPORTS,4,USD_M,2026-11-01,");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_row WHERE run_id = ? AND code IS NULL "
				+ "AND period IN ('2024-12', '2026-10')", Integer.class, outcome.run().id())).isEqualTo(2);

		assertThat(jdbc.queryForList("SELECT agency, indicator, period, value_num, rolled_up FROM agency_value "
				+ "WHERE run_id = ? ORDER BY indicator, period, agency", outcome.run().id()))
			.extracting(r -> r.get("INDICATOR") + " " + r.get("PERIOD") + " " + r.get("AGENCY") + " "
					+ ((java.math.BigDecimal) r.get("VALUE_NUM")).stripTrailingZeros().toPlainString()
					+ (Boolean.TRUE.equals(r.get("ROLLED_UP")) ? " rolled" : ""))
			.containsExactly("EXPORTS 2026-07 HN 7", "EXPORTS 2026-07 VN 1000",
					"EXPORTS 2026-08 HN 100", "EXPORTS 2026-08 HN-DOIT 10", "EXPORTS 2026-08 VN 100 rolled",
					"EXPORTS 2026-09 HN 10 rolled", "EXPORTS 2026-09 HN-DOIT 10", "EXPORTS 2026-09 LC 5",
					"EXPORTS 2026-09 VN 15 rolled",
					"GDP_GROWTH 2026-09 HN 6.5",
					"PROC_TOTAL 2026-09 HN 31 rolled", "PROC_TOTAL 2026-09 HN-DOIT 31", "PROC_TOTAL 2026-09 VN 31 rolled");
	}

}
