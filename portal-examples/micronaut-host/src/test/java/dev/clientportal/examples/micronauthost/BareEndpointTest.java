package dev.clientportal.examples.micronauthost;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code portal.benchmark.bare-endpoint=true} the host answers the wrk benchmark's bare endpoint: the
 * dashboard's JSON of a dashboard made in memory, without a bearer token. {@link BareEndpointOffTest} checks it is
 * absent by default.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.benchmark.bare-endpoint", value = "true")
class BareEndpointTest extends HostOverHttp {

    @Test
    void theBareEndpoint_answersTheDashboardsJson_withoutAToken() {
        Answer answer = call(HttpRequest.GET("/bench/bare-endpoint"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.body()).contains("\"balances\":[{", "\"openInvoices\":[{", "\"number\":\"INV-2026-000009\"",
                "\"overdue\":true", "\"recentPayments\":[{", "\"pendingApprovals\":0", "\"unreadMessages\":0");
    }
}
