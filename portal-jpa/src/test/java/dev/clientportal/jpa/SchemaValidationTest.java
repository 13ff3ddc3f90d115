package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapping is checked against the migrated schema on every vendor: the adapter's entities start, and an entity
 * that expects a column the migrations never created stops the start.
 */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theEntitiesMatchTheMigratedSchema(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);

        try (EntityManagerFactory factory = database.newEntityManagerFactory()) {
            assertThat(factory.getMetamodel().getEntities()).hasSize(JpaEntities.CLASSES.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEntityExpectingAColumnTheMigrationsLack_failsTheStart(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);

        assertThatThrownBy(() -> TestPersistenceUnit.entityManagerFactory("drifted", database.dataSource,
                List.of(DriftedWorkspace.class)).close())
                .hasStackTraceContaining("missing column [time_zone_override]");
    }

    /** A planted mapping that drifted from the migrations. */
    @Entity(name = "DriftedWorkspace")
    @Table(name = "cp_workspace")
    static class DriftedWorkspace {
        @Id
        UUID id;

        @Column(name = "time_zone_override")
        String timeZoneOverride;
    }
}
