package dev.clientportal.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.jpa.JpaPortalStores;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A data set kept between runs in its own schema of the local PostgreSQL (127.0.0.1:5432, database {@code test}),
 * migrated by Flyway from portal-jpa's {@code db/migration/postgresql}: a row in its {@code bench_dataset} table
 * marks it complete, with the workspace it was loaded into. A missing or incomplete set is dropped and loaded again.
 */
final class KeptDataSet {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    /** Writes a data set through {@code portal} (templates) and around it (copies), answering its workspace. */
    interface Loader {
        WorkspaceId load(ClientPortal portal) throws Exception;
    }

    /** The pool, the factory, the stores and the portal over a loaded schema, and its workspace's owner. */
    record Opened(HikariDataSource dataSource, EntityManagerFactory factory, JpaPortalStores stores,
                  ClientPortal portal, StaffPrincipal owner) implements AutoCloseable {

        @Override
        public void close() {
            factory.close();
            dataSource.close();
        }
    }

    private KeptDataSet() {
    }

    /**
     * Opens the schema, loading it first when it is missing, when its {@code bench_dataset} row does not meet
     * {@code complete} (an SQL condition on that table's columns), or when {@code reload} is asked.
     */
    static Opened open(String schema, String complete, boolean reload, Loader loader) throws Exception {
        boolean loaded = !reload && loaded(schema, complete);
        if (!loaded) {
            try (Connection connection = DriverManager.getConnection(URL, "postgres", "test");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL + "?currentSchema=" + schema);
        config.setUsername("postgres");
        config.setPassword("test");
        config.setMaximumPoolSize(4);
        config.setAutoCommit(false);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations(JpaPortalStores.migrationLocation("postgresql")).load().migrate();
        PersistenceConfiguration unit = new PersistenceConfiguration(schema)
                .provider(HibernatePersistenceProvider.class.getName())
                .property("hibernate.connection.datasource", dataSource)
                .property("hibernate.connection.provider_disables_autocommit", "true")
                .property("hibernate.hbm2ddl.auto", "validate");
        JpaPortalStores.entityClasses().forEach(unit::managedClass);
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit);
        // no files are shared in these data sets: an in-memory file store satisfies the builder
        JpaPortalStores stores = JpaPortalStores.create(factory);
        ClientPortal portal = ClientPortal.builder().stores(stores).fileStore(InMemoryStores.create().fileStore())
                .build();
        WorkspaceId workspace = loaded ? markedWorkspace(schema) : loader.load(portal);
        return new Opened(dataSource, factory, stores, portal, StaffPrincipal.of(workspace, "owner@bench.example"));
    }

    private static boolean loaded(String schema, String complete) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "test");
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("select count(*) from information_schema.tables"
                    + " where table_schema = '" + schema + "' and table_name = 'bench_dataset'")) {
                row.next();
                if (row.getInt(1) == 0) {
                    return false;
                }
            }
            try (ResultSet row = statement.executeQuery("select count(*) from " + schema + ".bench_dataset"
                    + " where " + complete)) {
                row.next();
                return row.getInt(1) == 1;
            }
        }
    }

    private static WorkspaceId markedWorkspace(String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "test");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select workspace_id from " + schema + ".bench_dataset")) {
            row.next();
            return new WorkspaceId(row.getObject(1, UUID.class));
        }
    }

    /** A random (version 4) UUID from a seeded generator, so two loads write the same ids. */
    static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /**
     * Drops the lookup indexes of the given tables (not those of primary keys and unique constraints), since building
     * an index once after a load is much faster than growing it row by row; answers their definitions.
     */
    static List<String> dropLookupIndexes(Connection connection, String schema, List<String> tables)
            throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select i.indexname, i.indexdef from pg_indexes i"
                     + " where i.schemaname = '" + schema + "' and i.tablename in ('" + String.join("', '", tables)
                     + "') and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
            while (row.next()) {
                names.add(row.getString(1));
                definitions.add(row.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }
}
