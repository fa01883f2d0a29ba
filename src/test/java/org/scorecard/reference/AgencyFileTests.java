package org.scorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.text.Language;

/** The optional lang column of agencies.csv: the language each agency's mail is written in. */
class AgencyFileTests {

	@TempDir
	Path dir;

	@Test
	void shouldWriteToEveryAgencyInVietnameseWhenTheFileHasNoLangColumn() {
		ReferenceData data = ReferenceLoader.load(Fixtures.reference(dir));

		assertThat(data.agencies().values()).extracting(Agency::lang).containsOnly(Language.VI);
	}

	@Test
	void shouldTakeEnAndViInAnyCaseAndAnEmptyFieldAsVi() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports,lang
				VN,Viet Nam,Việt Nam,nation,,,yes,
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes,vi
				LC,Lao Cai,Lào Cai,province,VN,,yes, EN
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes,en
				""");

		Map<String, Agency> agencies = ReferenceLoader.load(dir).agencies();

		assertThat(agencies).extractingFromEntries(e -> e.getKey() + " " + e.getValue().lang())
			.containsExactly("VN VI", "HN VI", "LC EN", "DOI EN");
	}

	@Test
	void shouldReportALangOtherThanViOrEnWithFileLineAndField() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports,lang
				VN,Viet Nam,Việt Nam,nation,,,yes,vi
				HN,Hanoi,Hà Nội,province,VN,hn@example.vn,yes,fr
				LC,Lao Cai,Lào Cai,province,VN,,yes,English
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes,en
				""");

		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));

		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.containsExactly(
					"agencies.csv:3: lang 'fr' must be vi, en or empty (empty is vi): the language the agency's mail "
							+ "is written in",
					"agencies.csv:4: lang 'English' must be vi, en or empty (empty is vi): the language the agency's "
							+ "mail is written in");
	}

	@Test
	void shouldKeepEveryExistingConstructorCallWrittenInVietnamese() {
		Agency agency = new Agency("HN", "Hanoi", "Hà Nội", AgencyKind.PROVINCE, "VN", null, true);

		assertThat(agency.lang()).isEqualTo(Language.VI);
		assertThat(new Agency("HN", "Hanoi", "Hà Nội", AgencyKind.PROVINCE, "VN", null, true, Language.EN).lang())
			.isEqualTo(Language.EN);
	}

}
