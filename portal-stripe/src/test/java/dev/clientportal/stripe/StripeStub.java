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
        return decoded(request.getBodyAsString());
    }

    /** A request's query string as its decoded parameters ({@code types[0]} → value). */
    static Map<String, String> query(LoggedRequest request) {
        String url = request.getUrl();
        int start = url.indexOf('?');
        return decoded(start < 0 ? "" : url.substring(start + 1));
    }

    private static Map<String, String> decoded(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop();
    }
}
