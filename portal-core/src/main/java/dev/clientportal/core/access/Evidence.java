package dev.clientportal.core.access;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the portal keeps to prove a client's decision (an approval, a signature, an acceptance): who, when, from
 * where, on exactly which content, under which typed name.
 *
 * @param actor       who decided, e.g. {@code contact:<id>}
 * @param at          when
 * @param address     the client address of the request
 * @param userAgent   the user agent of the request
 * @param contentHash the SHA-256 (hex) of the exact content decided on
 * @param typedName   the name the person typed as a signature, empty when none was asked for
 */
public record Evidence(String actor, Instant at, String address, String userAgent, String contentHash,
                       String typedName) {

    private static final int MAX_TYPED_NAME = 200;

    /**
     * Requires the actor, time and hash; normalizes the rest.
     *
     * @param actor       who decided, e.g. {@code contact:<id>}
     * @param at          when
     * @param address     the client address of the request
     * @param userAgent   the user agent of the request
     * @param contentHash the SHA-256 (hex) of the exact content decided on
     * @param typedName   the name the person typed as a signature, empty when none was asked for
     */
    public Evidence {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        address = Objects.requireNonNullElse(address, "");
        userAgent = Objects.requireNonNullElse(userAgent, "");
        Objects.requireNonNull(contentHash, "contentHash");
        typedName = Objects.requireNonNullElse(typedName, "").strip();
        if (typedName.length() > MAX_TYPED_NAME) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "typedName", typedName.substring(0, 40) + "…",
                    "must be at most " + MAX_TYPED_NAME + " characters");
        }
    }

    /**
     * Evidence of a principal's decision on content with the given hash.
     *
     * @param principal   who decided
     * @param request     the request the decision came with, for its address and user agent; {@code null} when unknown
     * @param at          when the decision was made
     * @param contentHash the SHA-256 (hex) of the exact content decided on
     * @param typedName   the name the person typed as a signature, empty when none was asked for
     * @return the evidence, naming the principal's actor
     */
    public static Evidence of(PortalPrincipal principal, ClientRequest request, Instant at, String contentHash,
                              String typedName) {
        ClientRequest from = request == null ? ClientRequest.unknown() : request;
        return new Evidence(principal.actor(), at, from.address(), from.userAgent(), contentHash, typedName);
    }

    /**
     * The evidence as audit-entry details, under stable keys, so the audit trail alone proves the decision; the
     * personal part is {@link #personalDetails()}.
     *
     * @return the evidence as audit-entry details, under stable keys
     */
    public Map<String, String> details() {
        return Map.of("evidence.actor", actor, "evidence.at", at.toString(), "evidence.contentHash", contentHash);
    }

    /**
     * The personal part of the evidence (address, user agent, typed name), for the entry's erasable side record.
     *
     * @return the address, user agent and typed name, for the entry's erasable side record
     */
    public Map<String, String> personalDetails() {
        return Map.of("evidence.address", address, "evidence.userAgent", userAgent, "evidence.typedName", typedName);
    }

    /**
     * The typed name, required.
     *
     * @param typedName the name the person typed
     * @return the typed name, trimmed
     * @throws PortalException {@link ErrorCode#REQUIRED} when no name was typed
     */
    public static String requireTypedName(String typedName) {
        return PortalException.requireLine(typedName, "typedName", InputLimits.NAME);
    }
}
