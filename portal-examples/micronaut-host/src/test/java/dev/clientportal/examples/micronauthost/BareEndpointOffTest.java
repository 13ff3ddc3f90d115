package dev.clientportal.examples.micronauthost;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** By default ({@code portal.benchmark.bare-endpoint} unset) there is no bare benchmark endpoint: it answers 404. */
@MicronautTest(transactional = false)
class BareEndpointOffTest extends HostOverHttp {

    @Test
    void theBareEndpoint_isAbsentByDefault() {
        Answer answer = call(HttpRequest.GET("/bench/bare-endpoint"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("openInvoices");
    }
}
