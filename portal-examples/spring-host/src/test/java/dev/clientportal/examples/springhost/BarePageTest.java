package dev.clientportal.examples.springhost;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code portal.benchmark.bare-page=true} the host serves the wrk benchmark's bare page: the dashboard's
 * template over a dashboard made in memory, without signing in. {@link BarePageOffTest} checks it is absent by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.benchmark.bare-page=true",
        "portal.seed-demo=false",
        "portal.data-dir=target/spring-host-bare-page-test-data",
        "spring.datasource.url=jdbc:h2:mem:spring-host-bare-page-test;DB_CLOSE_DELAY=-1"})
class BarePageTest {

    @LocalServerPort
    int port;

    @Test
    void theBarePage_isTheDashboardsMarkup_withoutSigningIn() {
        TestBrowser.Page page = new TestBrowser(port).get(BarePageController.PATH);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Your account</h1>", "Bench Studio", "id=\"pay-now\"",
                "Pay now: INV-2026-000009", "INV-2026-000010", "id=\"overdue-heading\"", "id=\"payments-heading\"",
                "All payments and receipts", "Sign out");
    }
}
