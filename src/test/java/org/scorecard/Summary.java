package org.scorecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A run's {@code summary.json} read back as a user gets it, numbers as exact decimals. */
public final class Summary {

	private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private final JsonNode root;

	private Summary(JsonNode root) {
		this.root = root;
	}

	public static Summary read(Path file) {
		try {
			return new Summary(JSON.readTree(file.toFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public JsonNode root() {
		return root;
	}

	/** The result rows keyed "AGENCY INDICATOR". */
	public Map<String, JsonNode> results() {
		Map<String, JsonNode> results = new LinkedHashMap<>();
		root.get("results").forEach(r -> results.put(r.get("agency").asText() + " " + r.get("indicator").asText(), r));
		return results;
	}

	public JsonNode result(String agency, String indicator) {
		JsonNode result = results().get(agency + " " + indicator);
		if (result == null) {
			throw new AssertionError("no result for " + agency + " " + indicator);
		}
		return result;
	}

	/** A number field as plain text ("27.27..."), or "null". */
	public static String text(JsonNode result, String field) {
		JsonNode node = result.get(field);
		return node == null || node.isNull() ? "null" : node.decimalValue().toPlainString();
	}

	public List<JsonNode> quality() {
		List<JsonNode> quality = new ArrayList<>();
		root.get("quality").forEach(quality::add);
		return quality;
	}

}
