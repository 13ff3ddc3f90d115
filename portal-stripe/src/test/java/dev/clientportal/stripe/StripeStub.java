package dev.clientportal.stripe;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A WireMock server standing in for Stripe's API, and what was sent to it. */
final class StripeStub implements AutoCloseable {

    final WireMockServer server = new WireMockServer(options().dynamicPort());

    StripeStub() {
        server.start();
    }

    URI base() {
        return URI.create(server.baseUrl());
    }

    /** The POSTs to a path, in order. */
    List<LoggedRequest> posts(String path) {
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    /** A form-encoded request body as its decoded parameters ({@code metadata[portal_invoice_id]} → value). */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        String body = request.getBodyAsString();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] parts = pair.split("=", 2);
            form.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    @Override
    public void close() {
        server.stop();
    }
}
