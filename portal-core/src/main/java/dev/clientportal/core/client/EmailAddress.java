package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalizes email addresses: one {@code @}, no spaces, a dotted domain, lower-cased domain. */
final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    static String normalize(String email, String field) {
        String text = PortalException.requireLine(email, field, MAX_LENGTH);
        if (text.length() > MAX_LENGTH || !SHAPE.matcher(text).matches()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text, "is not an email address");
        }
        int at = text.lastIndexOf('@');
        return text.substring(0, at) + text.substring(at).toLowerCase(Locale.ROOT);
    }
}
