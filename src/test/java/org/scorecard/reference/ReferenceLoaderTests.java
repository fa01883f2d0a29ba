package org.scorecard.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;

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
	void shouldCheckEveryLengthAndSizeTheDatabaseHoldsBeforeStoringAnything() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("agencies.csv"), """
				code,name,name_vi,kind,parent,email,reports
				VN,Viet Nam,Việt Nam,nation,,,yes
				HN,%s,Hà Nội,province,VN,%s@example.vn,yes
				""".formatted("N".repeat(501), "a".repeat(310)));
		Fixtures.write(dir.resolve("tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on
				%s,%s,R,HN,2026-06-30,
				""".formatted("T".repeat(101), "t".repeat(1001)));
		Fixtures.write(dir.resolve("targets.csv"), """
				indicator,agency,year,measure,operator,value,value_max,tolerance
				EXPORTS,HN,2026,growth_ytd,>=,%s,,
				IMPORTS,HN,2026,value_ytd,>=,1.%s,,
				""".formatted("9".repeat(31), "1".repeat(31)));
		Fixtures.write(dir.resolve("rules.csv"), """
				left,operator,right,message
				PROC_DEC,<=,PROC_TOTAL,%s
				""".formatted("m".repeat(1001)));
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.contains("agencies.csv:3: email is 321 characters long; at most 320 are kept",
					"agencies.csv:3: name is 501 characters long; at most 500 are kept",
					"tasks.csv:2: id is 101 characters long; at most 100 are kept",
					"tasks.csv:2: title is 1001 characters long; at most 1000 are kept",
					"rules.csv:2: message is 1001 characters long; at most 1000 are kept")
			.anyMatch(p -> p.startsWith("targets.csv:2: value '999") && p.endsWith("has more than 30 digits before or "
					+ "after the decimal point"))
			.anyMatch(p -> p.startsWith("targets.csv:3: value '1.111"));
	}

	@Test
	void shouldRefuseATreeDeeperThanItsLimitAtOnceWithoutRecursion() {
		Fixtures.reference(dir);
		StringBuilder agencies = new StringBuilder("code,name,name_vi,kind,parent,email,reports\nVN,Viet Nam,,nation,,,yes\n");
		String parent = "VN";
		for (int i = 1; i <= 10_000; i++) {
			agencies.append("A").append(i).append(",Office ").append(i).append(",,department,").append(parent).append(",,no\n");
			parent = "A" + i;
		}
		Fixtures.write(dir.resolve("agencies.csv"), agencies.toString());
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.contains("agencies.csv:103: agency A101 is 101 levels below the top of its tree; at most 100 levels "
					+ "are supported");
		// the tree's own walk has no recursion either: 10,000 levels in order
		Map<String, Agency> chain = new java.util.LinkedHashMap<>();
		chain.put("VN", new Agency("VN", "Viet Nam", null, AgencyKind.NATION, null, null, true));
		for (int i = 1; i <= 10_000; i++) {
			chain.put("A" + i, new Agency("A" + i, "Office", null, AgencyKind.DEPARTMENT, i == 1 ? "VN" : "A" + (i - 1),
					null, false));
		}
		AgencyTree tree = new AgencyTree(chain);
		assertThat(tree.depth("A10000")).isEqualTo(10_000);
		assertThat(tree.order()).startsWith("VN", "A1", "A2").endsWith("A10000");
	}

	@Test
	void shouldRefuseAColumnGivenTwiceInAHeader() {
		Fixtures.reference(dir);
		Fixtures.write(dir.resolve("tasks.csv"), """
				id,title,source,lead_agency,due_date,completed_on,LEAD_AGENCY
				T1,Report,R,HN,2026-06-30,,LC
				""");
		BrokenReferenceException ex = catchThrowableOfType(BrokenReferenceException.class,
				() -> ReferenceLoader.load(dir));
		assertThat(ex.problems()).extracting(ReferenceProblem::toString)
			.containsExactly("tasks.csv:1: the header has the column lead_agency more than once, so which one counts "
					+ "cannot be known");
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
