package org.scorecard.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.scorecard.Fixtures;
import org.scorecard.submission.FileKind;

/**
 * Coverage-guided fuzzing of CSV submissions: any bytes (after the real header, or alone), read as
 * a submission file with every row checked, must give what {@link FuzzWorkspace} requires. Anything
 * else (another exception, a hang, running out of memory) is a finding. The build fuzzes for 20 s
 * ({@code fuzz-csv} in pom.xml); without {@code JAZZER_FUZZ} only the saved inputs run;
 * {@code hardening/fuzz.sh} fuzzes longer.
 */
class CsvFuzzTests {

	static FuzzWorkspace work;

	@BeforeAll
	static void workspace() throws IOException {
		work = FuzzWorkspace.create("csv-fuzz");
	}

	/** Jazzer's own driver (hardening/fuzz.sh): set up once. */
	public static void fuzzerInitialize() throws IOException {
		workspace();
	}

	/** Jazzer's own driver: one input. */
	public static void fuzzerTestOneInput(FuzzedDataProvider data) throws IOException {
		new CsvFuzzTests().anyBytesAreRowsWithAnOutcomeOrAnUnreadableFile(data);
	}

	@FuzzTest(maxDuration = "20s")
	void anyBytesAreRowsWithAnOutcomeOrAnUnreadableFile(FuzzedDataProvider data) throws IOException {
		boolean withHeader = data.consumeBoolean();
		byte[] bytes = data.consumeRemainingAsBytes();
		byte[] header = withHeader ? Fixtures.SUBMISSION_HEADER.getBytes(StandardCharsets.UTF_8) : new byte[0];
		byte[] content = new byte[header.length + bytes.length];
		System.arraycopy(header, 0, content, 0, header.length);
		System.arraycopy(bytes, 0, content, header.length, bytes.length);
		work.check("fuzz.csv", FileKind.CSV, content);
	}

}
