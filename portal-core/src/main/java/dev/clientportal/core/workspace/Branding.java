package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.regex.Pattern;

/**
 * How the business looks on its portal and documents.
 *
 * @param logoReference where the host keeps the logo (a file-store key or URL), empty for none; one line of at
 *                      most {@value #MAX_LOGO_REFERENCE} characters
 * @param primaryColour text and rule colour as {@code #RRGGBB}
 * @param accentColour  highlight colour as {@code #RRGGBB}
 */
public record Branding(String logoReference, String primaryColour, String accentColour) {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** The longest logo reference (a URL or a key of the host's {@code LogoSource}). */
    public static final int MAX_LOGO_REFERENCE = 1_000;

    /** Neutral defaults: no logo, near-black text, a blue accent. */
    public static final Branding DEFAULT = new Branding("", "#1F2933", "#2563EB");

    /**
     * Validates the colours.
     *
     * @param logoReference where the host keeps the logo (a file-store key or URL), empty for none; one line of at most
     *                      {@value #MAX_LOGO_REFERENCE} characters
     * @param primaryColour text and rule colour as {@code #RRGGBB}
     * @param accentColour  highlight colour as {@code #RRGGBB}
     */
    public Branding {
        logoReference = PortalException.optionalLine(logoReference, "branding.logoReference", MAX_LOGO_REFERENCE);
        primaryColour = colour(primaryColour, "branding.primaryColour");
        accentColour = colour(accentColour, "branding.accentColour");
    }

    private static String colour(String value, String field) {
        String text = PortalException.requireLine(value, field, 16);
        if (!HEX_COLOUR.matcher(text).matches()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, text, "must be a colour like #2563EB");
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Whether a logo is configured.
     *
     * @return whether the logo reference is not empty
     */
    public boolean hasLogo() {
        return !logoReference.isEmpty();
    }
}
