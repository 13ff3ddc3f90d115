package dev.clientportal.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the adapter is tested on, each reached as this machine's CI provides it: PostgreSQL and MariaDB on
 * their default local ports, H2 in memory. Each test database is a schema (PostgreSQL) or database (MariaDB) of its
 * own with a random name, dropped when the tests end.
 */
enum Vendor {

    H2("h2") {
        @Override
        String createDatabase(String name) {
            return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        void dropDatabase(String name) throws SQLException {
            try (Connection connection = DriverManager.getConnection(createDatabase(name), "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
        }
    },

    POSTGRESQL("postgresql") {
        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

        @Override
        String createDatabase(String name) throws SQLException {
            execute(SERVER, user(), "create schema " + name);
            return SERVER + "?currentSchema=" + name;
        }

        @Override
        void dropDatabase(String name) throws SQLException {
            execute(SERVER, user(), "drop schema if exists " + name + " cascade");
        }

        @Override
        String user() {
            return "postgres";
        }
    },

    MARIADB("mariadb") {
        private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
        private static final String OPTIONS = "?sslMode=disable";

        @Override
        String createDatabase(String name) throws SQLException {
            execute(SERVER + OPTIONS, user(), "create database " + name
                    + " character set utf8mb4 collate utf8mb4_bin");
            return SERVER + name + OPTIONS;
        }

        @Override
        void dropDatabase(String name) throws SQLException {
            execute(SERVER + OPTIONS, user(), "drop database if exists " + name);
        }

        @Override
        String user() {
            return "root";
        }
    };

    /** The folder of this vendor's migrations under {@code db/migration}. */
    final String migrations;

    Vendor(String migrations) {
        this.migrations = migrations;
    }

    /** Creates an empty database (or schema) and returns the JDBC URL that reaches it. */
    abstract String createDatabase(String name) throws SQLException;

    /** Drops what {@link #createDatabase} created. */
    abstract void dropDatabase(String name) throws SQLException;

    String user() {
        return "sa";
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
