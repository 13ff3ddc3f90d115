package dev.clientportal.examples.micronauthost;

import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.examples.demo.DemoWorkspace;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in request whose session check waits for the database holds a worker thread, not Netty's event loop:
 * with every connection of the pool taken and more such requests waiting than the server has event-loop threads,
 * a request that needs no database still answers at once, and the waiting requests answer once the pool frees up.
 */
@MicronautTest(transactional = false)
class SessionCheckOffEventLoopTest extends HostOverHttp {

    @Inject
    DataSource dataSource;

    @Inject
    DataSourceResolver resolver;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @Test
    void aSessionCheckWaitingForThePool_leavesTheEventLoopFree() throws Exception {
        String token = signIn(DemoWorkspace.ANA);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = server.getURI();
        List<Connection> held = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        try {
            HikariDataSource pool = (HikariDataSource) resolver.resolve(dataSource);
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            int eventLoopThreads = 2 * Runtime.getRuntime().availableProcessors();
            for (int i = 0; i < 2 * eventLoopThreads; i++) {
                waiting.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/portal/dashboard"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (pool.getHikariPoolMXBean().getThreadsAwaitingConnection() < eventLoopThreads
                    && System.nanoTime() < deadline) {
                Thread.sleep(20); // polling the pool's count of waiting threads, not timing the server
            }
            assertThat(pool.getHikariPoolMXBean().getThreadsAwaitingConnection())
                    .as("signed-in requests waiting for a connection").isGreaterThanOrEqualTo(eventLoopThreads);

            HttpResponse<String> openApi = client.send(HttpRequest.newBuilder(base.resolve("/openapi.yml"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(openApi.statusCode()).isEqualTo(200);
            assertThat(waiting).as("the signed-in requests wait for the pool").noneMatch(CompletableFuture::isDone);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        for (CompletableFuture<HttpResponse<String>> request : waiting) {
            assertThat(request.get().statusCode()).isEqualTo(200);
        }
    }
}
