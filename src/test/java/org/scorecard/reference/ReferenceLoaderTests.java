package org.scorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;

class ReferenceLoaderTests {

	@TempDir
	Path dir;

	@Test
	void shouldLoadAGoodFolderKeepingDiacritics() {
		ReferenceData data = ReferenceLoader.load(Fixtures.reference(dir));
		assertThat(data.agencies()).containsKeys("VN", "HN", "LC", "DOI");
		assertThat(data.agencies().get("HN").nameVi()).isEqualTo("Hà Nội");
		assertThat(data.indicator("PROC_SHARE").aggregation()).isEqualTo(Aggregation.RATIO);
		assertThat(data.targets()).singleElement().extracting(Target::operator).isEqualTo(Operator.AT_LEAST);
		assertThat(data.rules()).singleElement().extracting(Rule::label).isEqualTo("PROC_DEC<=PROC_TOTAL");
	}

	@Test
	void shouldListEveryProblemWithFileAndLine() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,VN,,yes
				HN,Hanoi again,Hà Nội,province,VN,,yes
				LC,Lao Cai,Lào Cai,province,NOWHERE,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,,,yes
				""");
		Fixtures.write(dir.resolve("targets.csv"), """
				indicator,agency,year,measure,operator,value,value_max,tolerance
				NOPE,HN,2026,growth_ytd,>=,5,,
				EXPORTS,HN,2026,growth_ytd,between,8,6,
				""");
		Fixtures.write(dir.resolve("tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on
				T1,Report trade,Resolution 59,,2026-06-30,
				T2,Report trade,Resolution 59,"HN, LC",2026-06-30,
				T3,Report trade,Resolution 59,XX,2026-06-30,
				""");
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.anyMatch(p -> p.startsWith("agencies.csv:4: code 'HN' is already used on line 3"))
			.anyMatch(p -> p.startsWith("agencies.csv:5: parent 'NOWHERE'"))
			.anyMatch(p -> p.startsWith("targets.csv:2: indicator 'NOPE'"))
			.anyMatch(p -> p.startsWith("targets.csv:3: value_max 6 is below value 8"))
			.anyMatch(p -> p.startsWith("tasks.csv:2: lead_agency is empty"))
			.anyMatch(p -> p.startsWith("tasks.csv:3: lead_agency 'HN, LC' names more than one agency"))
			.anyMatch(p -> p.startsWith("tasks.csv:4: lead_agency 'XX' is not in agencies.csv"));
		assertThat(ex.problems()).hasSize(7);
	}

	@Test
	void shouldRefuseACycleOfParents() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,Hanoi,Hà Nội,province,DOI,,yes
				LC,Lao Cai,Lào Cai,province,VN,,yes
				DOI,Department of Industry,Cục Công nghiệp,department,HN,,yes
				""");
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::message).anyMatch(m -> m.contains("cycle"));
	}

	@Test
	void shouldRefuseADerivedIndicatorBuiltOnAnAverage() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("indicators.csv"), """
				code,name,name_vi,unit,aggregation,numerator,denominator,direction,decimals
				GDP_GROWTH,GDP growth,Tăng trưởng GDP,PERCENT,avg,,,up,1
				EXPORTS,Exports,Xuất khẩu,USD_M,sum,,,up,2
				PROC_TOTAL,Procedures,Thủ tục,COUNT,last,,,up,0
				PROC_DEC,Procedures decentralised,Thủ tục phân cấp,COUNT,last,,,up,0
				ODD,Odd,Lạ,PERCENT,ratio,GDP_GROWTH,EXPORTS,up,1
				""");
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.anyMatch(p -> p.startsWith("indicators.csv:6: numerator GDP_GROWTH of ODD has aggregation avg"));
	}

}
