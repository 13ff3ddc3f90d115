package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over HTTP on PostgreSQL (the {@code postgres} environment), in a schema of its own that the test
 * creates and drops, so runs beside other suites on the same database see nothing of each other.
 */
@MicronautTest(transactional = false, environments = "postgres")
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class ApiOnPostgreSqlTest extends ApiOverHttp implements TestPropertyProvider {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "micronaut_host_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    public Map<String, String> getProperties() {
        execute("create schema " + schema);
        return Map.of("datasources.default.url", SERVER + "?currentSchema=" + schema);
    }

    @Test
    void thePortalsTablesAreInThisTestsSchemaOnPostgreSql() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from cp_workspace w join information_schema.tables t"
                             + " on t.table_schema = ? and t.table_name = 'cp_workspace'")) {
            connection.setSchema(schema);
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).as("workspaces in " + schema).isPositive();
            }
        }
    }

    @AfterAll
    void dropSchema() {
        execute("drop schema if exists " + schema + " cascade");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }
}
