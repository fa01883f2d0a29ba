package org.scorecard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server the job also runs on in tests: 127.0.0.1:5432, database {@code test}, trust
 * auth (user {@code postgres}). Each test class gets a schema of its own, named for this test JVM
 * ({@code sc_test_NAME_BUILD}, BUILD random), so two builds on one server never share or block one
 * another; the schemas are dropped when the JVM ends. Pools are small and close idle connections, so
 * the contexts Spring keeps between test classes do not exhaust the server's connections. Where the
 * server is not reachable the PostgreSQL test classes are disabled with a message saying so.
 */
public final class Postgres {

	public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private static Boolean available;

	/** This test JVM's part of schema names. */
	static final String BUILD = Long.toString(ProcessHandle.current().pid(), 36)
			+ Integer.toString(new java.security.SecureRandom().nextInt(1 << 20), 36);

	private static final java.util.Set<String> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(Postgres::dropCreated, "drop-test-schemas"));
	}

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
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "8");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	/** Creates the schema {@code sc_test_NAME_BUILD} afresh (dropped when the JVM ends); its JDBC URL. */
	public static String freshSchema(String name) {
		String schema = "sc_test_" + name + "_" + BUILD;
		CREATED.add(schema);
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

	private static void dropCreated() {
		if (CREATED.isEmpty()) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(URL + "?connectTimeout=3", USER, "");
				Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(20);
			for (String schema : CREATED) {
				statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
		catch (SQLException ex) {
			System.err.println("The test schemas " + CREATED + " could not be dropped: " + ex.getMessage());
		}
	}

}
