package dev.clientportal.core.access;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

import java.util.Locale;

/**
 * Checks IP address literals by their syntax alone: an address is evidence, and resolving a host name (as
 * {@code InetAddress.getByName} would) would let a caller make the portal send DNS queries and wait for them.
 */
final class IpLiteral {

    private IpLiteral() {
    }

    /**
     * The address trimmed (IPv6 in lower case), or empty when none is given.
     *
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} naming the field when it is not an IPv4 or IPv6 literal
     */
    static String check(String value, String field) {
        if (value.length() > InputLimits.ADDRESS) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, value.substring(0, 40) + "… ("
                    + value.length() + " characters)", "must be an IP address of at most " + InputLimits.ADDRESS
                    + " characters");
        }
        String text = value.strip();
        if (text.isEmpty() || isIpv4(text)) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (isIpv6(lower)) {
            return lower;
        }
        throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text,
                "must be an IPv4 or IPv6 address literal (no host name, port or brackets)");
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpv6(String text) {
        int groupsWanted = 8;
        String hex = text;
        int lastColon = text.lastIndexOf(':');
        if (lastColon >= 0 && text.indexOf('.', lastColon) > 0) {
            // an embedded IPv4 tail (::ffff:192.0.2.1) stands for the last two groups
            if (!isIpv4(text.substring(lastColon + 1))) {
                return false;
            }
            hex = text.substring(0, lastColon + 1) + "0:0";
        }
        int gap = hex.indexOf("::");
        if (gap != hex.lastIndexOf("::")) {
            return false;
        }
        if (gap < 0) {
            return groups(hex) == groupsWanted;
        }
        String head = hex.substring(0, gap);
        String tail = hex.substring(gap + 2);
        int headGroups = head.isEmpty() ? 0 : groups(head);
        int tailGroups = tail.isEmpty() ? 0 : groups(tail);
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= groupsWanted - 1;
    }

    /** The number of colon-separated groups of 1 to 4 hex digits, or -1 when the text is not such a list. */
    private static int groups(String text) {
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4) {
                return -1;
            }
            for (int i = 0; i < part.length(); i++) {
                if (Character.digit(part.charAt(i), 16) < 0 || part.charAt(i) > 'f') {
                    return -1;
                }
            }
        }
        return parts.length;
    }
}
