package org.scorecard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the job also runs on in tests: 127.0.0.1:5432, database {@code test}, trust
 * auth (user {@code postgres}). Each test class gets its own schema, dropped and created afresh. Where
 * the server is not reachable the PostgreSQL test classes are disabled with a message saying so.
 */
public final class Postgres {

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private static Boolean available;

	private Postgres() {
	}

	/** For {@code @EnabledIf("org.scorecard.Postgres#available")}. */
	public static synchronized boolean available() {
		if (available == null) {
			try (Connection connection = DriverManager.getConnection(URL + "?connectTimeout=3", USER, "")) {
				available = connection.isValid(3);
			}
			catch (SQLException ex) {
				available = false;
				System.err.println("PostgreSQL at " + URL + " is not reachable (" + ex.getMessage()
						+ "): the PostgreSQL test classes are SKIPPED.");
			}
		}
		return available;
	}

	/** Points the application at a fresh schema {@code sc_test_NAME}. */
	public static void use(DynamicPropertyRegistry registry, String name) {
		String url = freshSchema(name);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
	}

	/** Drops and creates the schema {@code sc_test_NAME}; its JDBC URL. */
	public static String freshSchema(String name) {
		String schema = "sc_test_" + name;
		try (Connection connection = DriverManager.getConnection(URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the schema " + schema, ex);
		}
		return URL + "?currentSchema=" + schema;
	}

}
