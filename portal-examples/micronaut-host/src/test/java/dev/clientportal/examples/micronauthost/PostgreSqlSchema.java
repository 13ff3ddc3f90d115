package dev.clientportal.examples.micronauthost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own on the build machine's PostgreSQL for one test class, so suites running beside each other on
 * the same database see nothing of each other: created with the context's properties, dropped after the class.
 *
 * @param name the schema's name
 */
record PostgreSqlSchema(String name) {

    /** The test database on the build machine. */
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    /** A new, not yet created schema with a random name. */
    static PostgreSqlSchema random() {
        return new PostgreSqlSchema("micronaut_host_" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 12));
    }

    /** Creates the schema and answers the data source's URL that uses it. */
    Map<String, String> create() {
        execute("create schema " + name);
        return Map.of("datasources.default.url", SERVER + "?currentSchema=" + name);
    }

    /** Drops the schema with everything in it. */
    void drop() {
        execute("drop schema if exists " + name + " cascade");
    }

    /** A connection to the test database, for checking what a test wrote. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER, "postgres", "");
    }

    private static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
