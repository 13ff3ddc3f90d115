package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

import java.util.Locale;
import java.util.Objects;

/**
 * What the host knows about the HTTP request a client-facing call serves: recorded as evidence and used to tell
 * people from link scanners.
 *
 * @param address   the client's IP address (as the host resolved it behind its proxies): an IPv4 or IPv6 literal
 *                  (IPv6 without brackets, port or zone), or empty when unknown
 * @param userAgent the User-Agent header, may be empty; cut to {@value InputLimits#USER_AGENT} characters and cleared
 *                  of control characters
 * @param method    the HTTP method, upper case ({@code GET}, {@code HEAD}, …), at most 16 letters
 */
public record ClientRequest(String address, String userAgent, String method) {

    private static final int MAX_USER_AGENT = InputLimits.USER_AGENT;
    private static final int MAX_METHOD = 16;

    /**
     * Normalizes missing parts to empty strings, checks the address and method and caps the user agent's length.
     *
     * @param address   the client's IP address (as the host resolved it behind its proxies): an IPv4 or IPv6 literal
     *                  (IPv6 without brackets, port or zone), or empty when unknown
     * @param userAgent the User-Agent header, may be empty; cut to {@value InputLimits#USER_AGENT} characters and
     *                  cleared of control characters
     * @param method    the HTTP method, upper case ({@code GET}, {@code HEAD}, …), at most 16 letters
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} when the address is not an IP literal (host names are
     *                         refused, never looked up) or the method is not a short run of letters
     */
    public ClientRequest {
        address = IpLiteral.check(Objects.requireNonNullElse(address, ""), "request.address");
        userAgent = Objects.requireNonNullElse(userAgent, "");
        if (userAgent.length() > MAX_USER_AGENT + 64) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT + 64);
        }
        // a header value is one line: control characters would forge lines in logs and evidence
        userAgent = userAgent.replaceAll("\\p{Cntrl}", " ").strip();
        if (userAgent.length() > MAX_USER_AGENT) {
            int cut = MAX_USER_AGENT;
            if (Character.isHighSurrogate(userAgent.charAt(cut - 1))) {
                cut--;
            }
            userAgent = userAgent.substring(0, cut);
        }
        method = Objects.requireNonNullElse(method, "GET").strip().toUpperCase(Locale.ROOT);
        if (method.isEmpty() || method.length() > MAX_METHOD || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "request.method",
                    method.substring(0, Math.min(MAX_METHOD, method.length())),
                    "must be an HTTP method of at most " + MAX_METHOD + " letters");
        }
    }

    /**
     * A GET request from an address with a user agent.
     *
     * @param address   the client's IP address literal, or empty when unknown
     * @param userAgent the User-Agent header, may be empty
     * @return a GET request from that address
     */
    public static ClientRequest get(String address, String userAgent) {
        return new ClientRequest(address, userAgent, "GET");
    }

    /**
     * Nothing known about the request (calls made outside HTTP).
     *
     * @return nothing known about the request (calls made outside HTTP)
     */
    public static ClientRequest unknown() {
        return new ClientRequest("", "", "GET");
    }
}
