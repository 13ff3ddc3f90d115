package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import io.micronaut.core.annotation.Nullable;

/**
 * The {@code Idempotency-Key} header of a POST that moves money. The key is not kept by the host: it becomes the
 * core command's external reference, which the store keeps unique per workspace, so a replay answered by another
 * instance finds the first payment or refund as well. Core compares the replay's client, payment and amount with the
 * first request; {@link #requireSame} compares the rest of the body, and either mismatch is answered 422 by
 * {@link Problems}.
 *
 * <p>Endpoints that require the key bind it as a {@code String} defaulting to empty rather than a nullable one:
 * micronaut-openapi leaves {@code required} off a nullable parameter, and a request without the key is still
 * refused by {@link #require} with the portal's {@code input.required}, not by Micronaut's binding.
 */
final class IdempotencyKeys {

    /** The request header. */
    static final String HEADER = "Idempotency-Key";
    /** The header as the OpenAPI document describes it. */
    static final String DESCRIPTION = "required: one line of at most 200 characters naming this request, e.g. the "
            + "bank's reference; it becomes the external reference: a replay answers the first result, another "
            + "body 422";

    private IdempotencyKeys() {
    }

    /**
     * The key of a request that must carry one.
     *
     * @param header the header's value, absent when the request has none
     * @return the key, one line of at most 200 characters
     * @throws PortalException {@code input.required} on field {@code Idempotency-Key} without one;
     *                         {@code input.invalid_value} for more than one line or 200 characters
     */
    static String require(@Nullable String header) {
        return PortalException.requireLine(header, HEADER, InputLimits.REFERENCE);
    }

    /**
     * Refuses a replay whose body differs from the first request's in what core does not compare itself.
     *
     * @param same     whether what was recorded under the key matches this request
     * @param code     the conflict's code: {@code payment.reference_conflict} or
     *                 {@code payment.refund_reference_conflict}
     * @param key      the key
     * @param recorded what the key recorded, for the message
     * @throws PortalException with {@code code} on field {@code Idempotency-Key} when {@code same} is false
     */
    static void requireSame(boolean same, ErrorCode code, String key, String recorded) {
        if (!same) {
            throw PortalException.invalid(code, HEADER, key,
                    "was used before for another request (" + recorded + "); send a new key for a new request");
        }
    }
}
