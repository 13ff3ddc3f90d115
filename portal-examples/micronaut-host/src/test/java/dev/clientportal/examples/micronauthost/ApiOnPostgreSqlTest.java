package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API over HTTP on PostgreSQL (the {@code postgres} environment), in a schema of its own that the test
 * creates and drops, so runs beside other suites on the same database see nothing of each other.
 */
@MicronautTest(transactional = false, environments = "postgres")
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class ApiOnPostgreSqlTest extends ApiOverHttp implements TestPropertyProvider {

    private final PostgreSqlSchema schema = PostgreSqlSchema.random();

    @Override
    public Map<String, String> getProperties() {
        return schema.create();
    }

    @Test
    void thePortalsTablesAreInThisTestsSchemaOnPostgreSql() throws SQLException {
        try (Connection connection = PostgreSqlSchema.connect();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from cp_workspace w join information_schema.tables t"
                             + " on t.table_schema = ? and t.table_name = 'cp_workspace'")) {
            connection.setSchema(schema.name());
            query.setString(1, schema.name());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong(1)).as("workspaces in " + schema.name()).isPositive();
            }
        }
    }

    @AfterAll
    void dropSchema() {
        schema.drop();
    }
}
