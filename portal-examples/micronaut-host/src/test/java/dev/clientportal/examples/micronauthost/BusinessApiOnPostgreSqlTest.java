package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;

import java.util.Map;

/**
 * The business's use cases over HTTP on PostgreSQL (the {@code postgres} environment), where an idempotency key's
 * uniqueness is the database's unique reference per workspace, in a schema of the test's own.
 */
@MicronautTest(transactional = false, environments = "postgres")
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class BusinessApiOnPostgreSqlTest extends BusinessApiOverHttp implements TestPropertyProvider {

    private final PostgreSqlSchema schema = PostgreSqlSchema.random();

    @Override
    public Map<String, String> getProperties() {
        return schema.create();
    }

    @AfterAll
    void dropSchema() {
        schema.drop();
    }
}
