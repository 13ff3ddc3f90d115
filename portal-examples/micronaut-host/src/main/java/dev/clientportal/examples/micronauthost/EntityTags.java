package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import io.micronaut.core.annotation.Nullable;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Entity tags for decisions: the detail {@code GET} of something a client decides on answers an {@code ETag} naming
 * the version shown (an agreement's version number, a deliverable version's content hash), and the decision sends it
 * back in {@code If-Match}, so it can only land on what the client saw. Core checks the version named; when another
 * version has taken its place, {@link Problems} answers 412.
 */
final class EntityTags {

    private static final int MAX_ECHO = 80;

    private EntityTags() {
    }

    /**
     * The strong entity tag of a version.
     *
     * @param version the version's number or hash
     * @return the quoted tag, e.g. {@code "2"}
     */
    static String of(Object version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @param header the header's value, absent when the request has none
     * @return the tag without its quotes; empty without the header or for {@code *}
     * @throws PortalException {@code input.invalid_value} on field {@code If-Match} for anything but one strong tag
     */
    static Optional<String> ifMatch(@Nullable String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Optional.empty();
        }
        String tag = header.trim();
        boolean oneStrongTag = tag.length() > 2 && tag.charAt(0) == '"' && tag.indexOf('"', 1) == tag.length() - 1;
        if (!oneStrongTag) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "If-Match",
                    tag.length() > MAX_ECHO ? tag.substring(0, MAX_ECHO) : tag,
                    "must be the one ETag the resource's GET answered, e.g. \"2\"");
        }
        return Optional.of(tag.substring(1, tag.length() - 1));
    }

    /**
     * The version a decision names: the one of its {@code If-Match}, else the one its body names.
     *
     * @param ifMatch  the {@code If-Match} header, absent when the request has none
     * @param parse    reads a version from a tag; throws for text that names none
     * @param fromBody the version of the body, for a request without {@code If-Match}
     * @param getPath  the path whose {@code ETag} goes in {@code If-Match}, for the refusal's message
     * @param <V>      the version's type
     * @return the version named
     * @throws PortalException {@code input.invalid_value} on field {@code If-Match} for a tag that names no version
     */
    static <V> V version(@Nullable String ifMatch, Function<String, V> parse, Supplier<V> fromBody, String getPath) {
        Optional<String> tag = ifMatch(ifMatch);
        if (tag.isEmpty()) {
            return fromBody.get();
        }
        try {
            return parse.apply(tag.get());
        } catch (RuntimeException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "If-Match", tag.get(),
                    "must be the ETag that GET " + getPath + " answered");
        }
    }
}
