package dev.clientportal.stripe.archviolation;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.stripe.Stripe;
import dev.clientportal.core.internal.PortalRuntime;

/**
 * Planted violations for ArchitectureTest: the SDK's global key, an HTTP library other than the SDK's, and core's
 * wiring. Never used.
 */
public class ConfiguresStripeStatically {

    int configure(String key) {
        Stripe.apiKey = key;
        WireMock.reset();
        return PortalRuntime.class.getSimpleName().length();
    }
}
