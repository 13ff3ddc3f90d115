package dev.clientportal.examples.demo;

import dev.clientportal.core.kernel.ErrorCode;

/** The HTTP status every example host answers a {@code PortalException} of each {@link ErrorCode.Kind} with. */
public final class HttpStatuses {

    private HttpStatuses() {
    }

    /**
     * The status of a refusal: 400 for bad input, 404 for anything missing or outside the caller's scope, 409 for a
     * state or a concurrent writer that does not allow it, 401, 403, 429, and 503 when a service the portal depends
     * on failed.
     *
     * @param kind the refusal's kind
     * @return the HTTP status code
     */
    public static int of(ErrorCode.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case ILLEGAL_STATE, CONFLICT -> 409;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
