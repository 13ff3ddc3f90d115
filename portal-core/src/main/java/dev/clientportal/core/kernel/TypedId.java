package dev.clientportal.core.kernel;

import java.util.UUID;

/**
 * An identifier record wrapping a UUID ({@code InvoiceId}, {@code ClientId}, …), so that ids of different
 * aggregates cannot be mixed up.
 */
public interface TypedId {

    /**
     * The wrapped UUID.
     *
     * @return the wrapped UUID
     */
    UUID value();

    /**
     * Parses a UUID given by a caller.
     *
     * @param text  the text the caller gave, surrounding whitespace ignored
     * @param field the field it came in, named in any exception
     * @return the UUID
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} naming the field when the text is not a UUID
     */
    static UUID parse(String text, String field) {
        String value = PortalException.requireText(text, field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value, "is not a UUID");
        }
    }
}
