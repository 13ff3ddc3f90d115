package dev.clientportal.examples.springhost;

import com.stripe.Stripe;
import dev.clientportal.examples.demo.DemoCheckout;
import dev.clientportal.examples.demo.PaymentChoice;
import dev.clientportal.stripe.StripePaymentGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code portal.stripe.api-key} and {@code portal.stripe.webhook-secret} set, the host pays through Stripe:
 * portal-stripe's gateway, webhooks verified with the configured secret, no demo checkout, and a
 * Content-Security-Policy that lets "Pay now" redirect to Stripe's checkout. Nothing here calls Stripe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.stripe.api-key=sk_test_never_called",
        "portal.stripe.webhook-secret=whsec_configured_for_this_test",
        "portal.seed-demo=false",
        "portal.data-dir=target/spring-host-stripe-test-data",
        "spring.datasource.url=jdbc:h2:mem:spring-host-stripe-test;DB_CLOSE_DELAY=-1"})
class StripeKeysTest {

    private static final String SECRET = "whsec_configured_for_this_test";

    @LocalServerPort
    int port;

    @Autowired
    PaymentChoice payments;

    @Test
    void thePortalPaysThroughStripe_andThereIsNoDemoCheckout() {
        assertThat(payments.gateway()).isInstanceOf(StripePaymentGateway.class);
        assertThat(payments.demo()).isNull();
        assertThat(payments.toString()).doesNotContain(SECRET);

        TestBrowser.Page page = new TestBrowser(port).get(DemoCheckout.PAGE_PATH + "cs_demo_anything");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("form-action 'self' https://checkout.stripe.com;"));
    }

    @Test
    void webhooks_areVerifiedWithTheConfiguredSecret() throws IOException {
        String event;
        try (InputStream in = getClass().getResourceAsStream("/stripe/checkout-session-event.json")) {
            event = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"api_version\": null", "\"api_version\": \"" + Stripe.API_VERSION + "\"");
        }
        TestBrowser stripe = new TestBrowser(port);

        // a session the portal did not start (no portal metadata): acknowledged, nothing read from Stripe
        assertThat(stripe.webhook(event, TestBrowser.stripeSignature(event, SECRET)).status()).isEqualTo(200);
        assertThat(stripe.webhook(event, TestBrowser.stripeSignature(event, "whsec_another_endpoints")).status())
                .isEqualTo(400);
    }
}
