package dev.clientportal.core.access;

import java.util.Locale;
import java.util.Objects;

/**
 * What the host knows about the HTTP request a client-facing call serves: recorded as evidence and used to tell
 * people from link scanners.
 *
 * @param address   the client's IP address (as the host resolved it behind its proxies), may be empty
 * @param userAgent the User-Agent header, may be empty
 * @param method    the HTTP method, upper case ({@code GET}, {@code HEAD}, …)
 */
public record ClientRequest(String address, String userAgent, String method) {

    private static final int MAX_USER_AGENT = 512;

    /** Normalizes missing parts to empty strings and caps the user agent's length. */
    public ClientRequest {
        address = Objects.requireNonNullElse(address, "").strip();
        userAgent = Objects.requireNonNullElse(userAgent, "").strip();
        if (userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
        method = Objects.requireNonNullElse(method, "GET").strip().toUpperCase(Locale.ROOT);
    }

    /** A GET request from an address with a user agent. */
    public static ClientRequest get(String address, String userAgent) {
        return new ClientRequest(address, userAgent, "GET");
    }

    /** Nothing known about the request (calls made outside HTTP). */
    public static ClientRequest unknown() {
        return new ClientRequest("", "", "GET");
    }
}
