package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host on its {@code postgresql} profile, as a billing app would run it: Flyway creates portal-jpa's schema on the
 * build machine's PostgreSQL (in a schema of the test's own), the demo workspace is seeded there, the health endpoint
 * reports the database and the portal up, and a client signs in and sees the dashboard's balance read back from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("postgresql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SpringHostOnPostgreSqlTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "spring_host_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final int PORT = freePort();
    /** Only bounds a wait for the health endpoint that a broken host would make endless; no test measures time. */
    private static final long HANG_GUARD_NANOS = TimeUnit.SECONDS.toNanos(60);

    @Autowired
    ClientPortal portal;

    @Autowired
    DemoSeed demo;

    @DynamicPropertySource
    static void portalOnPostgreSql(DynamicPropertyRegistry registry) {
        execute("create schema " + SCHEMA);
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("server.port", () -> PORT);
        registry.add("portal.base-url", () -> "http://localhost:" + PORT);
        registry.add("portal.data-dir", () -> "target/spring-host-postgresql-data");
    }

    @AfterAll
    static void dropSchema() {
        execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void theDemoIsSeededInPostgreSql_theHostIsHealthy_andAClientSeesItsBalance() throws Exception {
        assertThat(countIn("cp_invoice")).as("the demo's invoices, in the test's schema").isPositive();
        assertThat(countIn("flyway_schema_history")).as("created by Flyway's migrations").isPositive();

        TestBrowser browser = new TestBrowser(PORT);
        TestBrowser.Page health = browser.get("/actuator/health", "application/json");
        long deadline = System.nanoTime() + HANG_GUARD_NANOS;
        while (!health.body().contains("\"status\":\"UP\"") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            health = browser.get("/actuator/health", "application/json");
        }
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        StaffPrincipal owner = StaffPrincipal.of(demo.workspaceId().orElseThrow(), "owner@northwind.example");
        Client globex = portal.clients().list(owner, 0, 50).stream()
                .filter(client -> client.name().equals("Globex Corporation")).findFirst().orElseThrow();
        Contact ben = portal.clients().contacts(owner, globex.id()).stream()
                .filter(contact -> contact.email().equals("ben@globex.example")).findFirst().orElseThrow();
        String token = portal.access().invite(owner, ben.id()).token();
        assertThat(browser.signIn(token).status()).isEqualTo(302);
        TestBrowser.Page dashboard = browser.get("/portal");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Amount due").contains("USD 7,532.50");
    }

    private static long countIn(String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + SCHEMA + "." + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
