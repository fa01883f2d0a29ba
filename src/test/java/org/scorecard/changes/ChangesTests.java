package org.scorecard.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecard.Fixtures;
import org.scorecard.period.Cutoff;
import org.scorecard.reference.ReferenceData;
import org.scorecard.reference.ReferenceRepository;
import org.scorecard.run.RunLauncher;
import org.scorecard.run.RunOutcome;
import org.scorecard.run.RunRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which files changed and which files stand behind each changed result, on the small fixture tree (VN
 * above HN and LC, DOI on its own): a file moved with the same bytes, one replaced, one removed, one
 * added in the window and one added outside it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:changesunit;DB_CLOSE_DELAY=-1")
class ChangesTests {

	@Autowired
	RunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	private RunOutcome run(Path reference, Path inbox) throws Exception {
		RunOutcome outcome = launcher.launch(new RunRequest(YearMonth.of(2026, 9), reference, inbox, dir.resolve("out"),
				Cutoff.CALENDAR, 5, false));
		assertThat(outcome.completed()).isTrue();
		return outcome;
	}

	@Test
	void shouldNameTheFilesBehindEachChangedResult() throws Exception {
		Path reference = Fixtures.reference(dir.resolve("ref"));
		Path inbox = dir.resolve("inbox");
		Fixtures.submission(inbox.resolve("hn.csv"), "HN,2026-09,EXPORTS,100,USD_M,2026-10-02,");
		Fixtures.submission(inbox.resolve("lc.csv"), "LC,2026-09,EXPORTS,50,USD_M,2026-10-02,",
				"LC,2026-09,IMPORTS,20,USD_M,2026-10-02,");
		Fixtures.submission(inbox.resolve("doi.csv"), "DOI,2026-09,COST,3,VND_BN,2026-10-02,");
		RunOutcome first = run(reference, inbox);
		assertThat(new Changes(jdbc).since(first.run(), reference(first)).hasPrevious()).isFalse();

		Files.createDirectories(inbox.resolve("sub"));
		Files.move(inbox.resolve("hn.csv"), inbox.resolve("sub/hn.csv"));
		Fixtures.submission(inbox.resolve("lc.csv"), "LC,2026-09,EXPORTS,50,USD_M,2026-10-02,",
				"LC,2026-09,IMPORTS,30,USD_M,2026-10-03,");
		Files.delete(inbox.resolve("doi.csv"));
		Fixtures.submission(inbox.resolve("hn-2025.csv"), "HN,2025-09,EXPORTS,90,USD_M,2025-10-02,");
		Fixtures.submission(inbox.resolve("hn-december.csv"), "HN,2025-12,EXPORTS,70,USD_M,2026-01-02,");
		RunOutcome second = run(reference, inbox);

		EditionChanges changes = new Changes(jdbc).since(second.run(), reference(second));
		assertThat(changes.previousRunId()).isEqualTo(first.run().id());
		assertThat(changes.previousEdition()).isEqualTo(1);
		// the moved file has the same bytes: not a change of content
		assertThat(changes.added()).containsExactly("hn-2025.csv", "hn-december.csv");
		assertThat(changes.removed()).containsExactly("doi.csv");
		assertThat(changes.replaced()).containsExactly("lc.csv");

		Map<String, EditionChanges.Change> results = new TreeMap<>();
		changes.results().forEach(c -> results.put(c.agency() + " " + c.indicator(), c));
		assertThat(results.keySet()).containsExactly("DOI COST", "HN EXPORTS", "LC BALANCE", "LC IMPORTS", "VN BALANCE",
				"VN EXPORTS", "VN IMPORTS");
		// December is outside months 1..9: the file stands behind no result
		assertThat(results.get("HN EXPORTS").files()).containsExactly("hn-2025.csv");
		assertThat(results.get("HN EXPORTS").figures()).extracting(EditionChanges.Figure::name)
			.containsExactly("ytd_prev", "growth_month", "growth_ytd");
		assertThat(results.get("HN EXPORTS").statusBefore()).isEqualTo("no_data");
		assertThat(results.get("HN EXPORTS").statusAfter()).isEqualTo("achieved");
		// rolled up from HN to the nation; lc.csv is named too: it has LC's exports rows in the window
		// (unchanged ones: a file is named by the rows it holds, not by which of them changed)
		assertThat(results.get("VN EXPORTS").files()).containsExactly("hn-2025.csv", "lc.csv");
		assertThat(results.get("LC IMPORTS").files()).containsExactly("lc.csv");
		assertThat(results.get("LC IMPORTS").statusChanged()).isFalse();
		assertThat(results.get("LC IMPORTS").figures()).extracting(EditionChanges.Figure::name)
			.containsExactly("month", "ytd");
		assertThat(results.get("LC IMPORTS").figures().get(0).before()).isEqualByComparingTo("20");
		assertThat(results.get("LC IMPORTS").figures().get(0).after()).isEqualByComparingTo("30");
		// a difference: its sides' files, up the tree (exports of HN count for the nation's balance)
		assertThat(results.get("LC BALANCE").files()).containsExactly("lc.csv");
		assertThat(results.get("VN BALANCE").files()).containsExactly("hn-2025.csv", "lc.csv");
		// a result that disappears with its only file
		EditionChanges.Change cost = results.get("DOI COST");
		assertThat(cost.files()).containsExactly("doi.csv");
		assertThat(cost.statusBefore()).isEqualTo("no_target");
		assertThat(cost.statusAfter()).isNull();
		assertThat(cost.figures()).extracting(EditionChanges.Figure::name).containsExactly("month", "ytd");
		assertThat(cost.figures()).allMatch(f -> f.after() == null);
		assertThat(cost.figures().get(0).before()).isEqualByComparingTo(new BigDecimal("3"));
	}

	private ReferenceData reference(RunOutcome outcome) {
		return new ReferenceRepository(jdbc).load(outcome.run().id());
	}

}
