package org.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The JSON Schema shipped in the jar ({@code summary.schema.json}), applied to a run's summary.json. */
public final class SummarySchema {

	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private static final Schema SCHEMA = load();

	private SummarySchema() {
	}

	private static Schema load() {
		try (InputStream in = SummarySchema.class.getResourceAsStream("/summary.schema.json")) {
			assertThat(in).as("summary.schema.json on the class path").isNotNull();
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Fails with every schema violation of the file, if any. */
	public static void assertValid(Path summaryJson) {
		try {
			List<Error> errors = SCHEMA.validate(JSON.readTree(summaryJson.toFile()));
			assertThat(errors).as(summaryJson + " against summary.schema.json").isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
