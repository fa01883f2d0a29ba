package org.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
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
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** With scorecard.report.pdfa, the report and the scorecards are PDF/A-1b as veraPDF checks it. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:pdfa;DB_CLOSE_DELAY=-1",
		"scorecard.report.pdfa=true" })
class PdfaTests {

	@Autowired
	RunLauncher launcher;

	@TempDir
	Path dir;

	private static ValidationResult validate(Path pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_1_B)) {
			return Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false).validate(parser);
		}
	}

	@Test
	void reportAndScorecardsAreValidPdfA1b() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("a.csv"), "HN,2025-09,EXPORTS,100,USD_M,2026-10-02,",
				"HN,2026-09,EXPORTS,110,USD_M,2026-10-02,Hà Nội", "LC,2026-09,EXPORTS,50,USD_M,2026-10-02,",
				"VN,2026-09,GDP_GROWTH,7.1,PERCENT,2026-10-02,", "DOI,2026-09,PROC_TOTAL,31,,2026-10-02,",
				"DOI,2026-09,PROC_DEC,25,,2026-10-02,");
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false, org.scorecard.text.Language.VI, RunRequest.TEMPLATES));
		assertThat(outcome.completed()).isTrue();
		Path period = dir.resolve("out/2026-09");
		for (Path pdf : new Path[] { period.resolve("scorecard-2026-09.pdf"), period.resolve("agencies/HN-2026-09.pdf") }) {
			ValidationResult result = validate(pdf);
			assertThat(result.isCompliant()).as(pdf + " failed " + result.getFailedChecks()).isTrue();
		}
		assertThat(new PdfFile(period.resolve("agencies/HN-2026-09.pdf")).text()).contains("Hà Nội");
	}

}
