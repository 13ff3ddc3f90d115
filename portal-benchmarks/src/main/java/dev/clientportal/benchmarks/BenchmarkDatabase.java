package dev.clientportal.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.jpa.JpaPortalStores;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's own schema on the local PostgreSQL (127.0.0.1:5432, database {@code test}, user postgres): created
 * and migrated with Flyway from portal-jpa's {@code db/migration/postgresql}, with connection pools and entity
 * manager factories over it (each pool and factory standing for one host instance), all closed and the schema
 * dropped by {@link #close()}.
 */
final class BenchmarkDatabase implements AutoCloseable {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String PASSWORD = "test";

    private final String schema;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<EntityManagerFactory> factories = new ArrayList<>();

    private BenchmarkDatabase(String schema) {
        this.schema = schema;
    }

    /** Creates the schema {@code prefix_<random>} and migrates it. */
    static BenchmarkDatabase create(String prefix) throws SQLException {
        BenchmarkDatabase database = new BenchmarkDatabase(prefix + "_" + Long.toHexString(System.nanoTime()));
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + database.schema);
        }
        HikariDataSource migrator = database.pool(2);
        Flyway.configure().dataSource(migrator).schemas(database.schema).defaultSchema(database.schema)
                .locations(JpaPortalStores.migrationLocation("postgresql")).load().migrate();
        return database;
    }

    /**
     * A new pool of connections to the schema, not auto-committing, with batched inserts rewritten to multi-row
     * ones by the driver ({@code reWriteBatchedInserts}).
     */
    HikariDataSource pool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL + "?currentSchema=" + schema + "&reWriteBatchedInserts=true");
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setAutoCommit(false);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /**
     * A persistence unit over a new pool of {@code connections}, validated against the migrated schema, with the
     * host's provider settings (e.g. {@code hibernate.jdbc.batch_size}).
     */
    EntityManagerFactory entityManagerFactory(String name, int connections, Map<String, String> settings) {
        PersistenceConfiguration unit = new PersistenceConfiguration(name)
                .provider(HibernatePersistenceProvider.class.getName())
                .property("hibernate.connection.datasource", pool(connections))
                .property("hibernate.connection.provider_disables_autocommit", "true")
                .property("hibernate.hbm2ddl.auto", "validate");
        settings.forEach(unit::property);
        JpaPortalStores.entityClasses().forEach(unit::managedClass);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit);
        factories.add(factory);
        return factory;
    }

    /** Closes the factories and pools and drops the schema. */
    @Override
    public void close() throws SQLException {
        factories.forEach(EntityManagerFactory::close);
        pools.forEach(HikariDataSource::close);
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema " + schema + " cascade");
        }
    }
}
