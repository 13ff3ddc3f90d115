package dev.clientportal.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One migrated test database per vendor for the whole test run: created on first use, migrated with Flyway from the
 * SQL shipped in the jar, checked by Hibernate's {@code validate} against the entity mapping, emptied before every
 * test, dropped when the JVM ends. A database that cannot be reached fails the test; nothing is skipped.
 */
final class TestDatabase {

    private static final Map<Vendor, TestDatabase> OPEN = new EnumMap<>(Vendor.class);
    /** The statements this thread ran since {@link #clearStatements()}, for messages that name them. */
    private static final ThreadLocal<List<String>> LOG = ThreadLocal.withInitial(ArrayList::new);

    final Vendor vendor;
    final String name;
    final String url;
    private final HikariDataSource pool;
    /** The pool behind a proxy that counts statements per thread ({@link #statements()}). */
    final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final List<String> tables;

    private TestDatabase(Vendor vendor) throws SQLException {
        this.vendor = vendor;
        this.name = "cp_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        this.url = vendor.createDatabase(name);
        Runtime.getRuntime().addShutdownHook(new Thread(this::drop));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(vendor.user());
        config.setPassword("");
        config.setMaximumPoolSize(20);
        config.setAutoCommit(false);
        config.setPoolName(name);
        this.pool = new HikariDataSource(config);
        this.dataSource = ProxyDataSourceBuilder.create(pool).name(name).countQuery()
                .afterQuery((execution, queries) -> queries.forEach(query -> LOG.get().add(query.getQuery())))
                .build();
        Flyway.configure().dataSource(pool).locations("classpath:db/migration/" + vendor.migrations)
                .load().migrate();
        this.tables = portalTables();
        this.entityManagerFactory = newEntityManagerFactory();
    }

    /** The database of a vendor, created and migrated on first use. */
    static synchronized TestDatabase of(Vendor vendor) {
        return OPEN.computeIfAbsent(vendor, v -> {
            try {
                return new TestDatabase(v);
            } catch (SQLException e) {
                throw new IllegalStateException("The " + v + " test database cannot be reached (" + e.getMessage()
                        + "); .ci/run starts PostgreSQL and MariaDB, start them the same way", e);
            }
        });
    }

    /** A pool of its own over this database with at most {@code size} connections; the caller closes it. */
    HikariDataSource newPool(int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(vendor.user());
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(2_000);
        config.setAutoCommit(false);
        config.setPoolName(name + "-" + size);
        return new HikariDataSource(config);
    }

    /** The shared entity manager factory of this database. */
    EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /**
     * A new entity manager factory over the same database, standing for another host instance; the caller closes it.
     * Hibernate validates the mapping against the migrated schema.
     */
    EntityManagerFactory newEntityManagerFactory() {
        return TestPersistenceUnit.entityManagerFactory("client-portal-" + name, dataSource);
    }

    /** Deletes every row of every portal table, so a test starts from an empty database. */
    void clean() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            switch (vendor) {
                case POSTGRESQL -> statement.execute("set session_replication_role = replica");
                case MARIADB -> statement.execute("set foreign_key_checks = 0");
                case H2 -> statement.execute("set referential_integrity false");
            }
            for (String table : tables) {
                statement.addBatch("delete from " + table);
            }
            statement.executeBatch();
            switch (vendor) {
                case POSTGRESQL -> statement.execute("set session_replication_role = origin");
                case MARIADB -> statement.execute("set foreign_key_checks = 1");
                case H2 -> statement.execute("set referential_integrity true");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the " + vendor + " test database", e);
        }
    }

    /** The statements this thread has run since {@link QueryCountHolder#clear()}. */
    static QueryCount statements() {
        return QueryCountHolder.getGrandTotal();
    }

    /** Starts counting and logging this thread's statements afresh. */
    static void clearStatements() {
        QueryCountHolder.clear();
        LOG.get().clear();
    }

    /** The text of each statement this thread ran since {@link #clearStatements()}, in order. */
    static List<String> statementLog() {
        return List.copyOf(LOG.get());
    }

    private List<String> portalTables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = pool.getConnection();
             ResultSet rows = connection.getMetaData().getTables(vendor == Vendor.MARIADB ? name : null,
                     vendor == Vendor.POSTGRESQL ? name : null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (table.toLowerCase(Locale.ROOT).startsWith("cp_")) {
                    names.add(table);
                }
            }
            connection.rollback();
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("the migrations created no portal table in " + name);
        }
        return names;
    }

    private void drop() {
        try {
            if (entityManagerFactory != null) {
                entityManagerFactory.close();
            }
            pool.close();
            vendor.dropDatabase(name);
        } catch (SQLException | RuntimeException e) {
            System.err.println("could not drop the test database " + name + ": " + e.getMessage());
        }
    }
}
