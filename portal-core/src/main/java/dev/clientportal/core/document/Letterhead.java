package dev.clientportal.core.document;

import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.TaxId;
import dev.clientportal.core.workspace.Workspace;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The business as it appears at the top of its documents: name, contact, address, tax ids, branding, and the
 * locale amounts and dates are formatted in.
 *
 * @param businessName  the workspace name
 * @param email         where clients reach the business, may be empty
 * @param addressLines  the business address as print lines
 * @param taxIds        tax registrations, in print order
 * @param locale        language and number format of documents
 * @param primaryColour text and rule colour as {@code #RRGGBB}
 * @param accentColour  highlight colour as {@code #RRGGBB}
 * @param logo          the logo, loaded only when a document is laid out
 */
public record Letterhead(String businessName, String email, List<String> addressLines, List<TaxId> taxIds,
                         Locale locale, String primaryColour, String accentColour, Logo logo) {

    /**
     * Copies the lists and requires every part.
     *
     * @param businessName  the workspace name
     * @param email         where clients reach the business, may be empty
     * @param addressLines  the business address as print lines
     * @param taxIds        tax registrations, in print order
     * @param locale        language and number format of documents
     * @param primaryColour text and rule colour as {@code #RRGGBB}
     * @param accentColour  highlight colour as {@code #RRGGBB}
     * @param logo          the logo, loaded only when a document is laid out
     */
    public Letterhead {
        Objects.requireNonNull(businessName, "businessName");
        email = Objects.requireNonNullElse(email, "");
        addressLines = List.copyOf(addressLines);
        taxIds = List.copyOf(taxIds);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(primaryColour, "primaryColour");
        Objects.requireNonNull(accentColour, "accentColour");
        Objects.requireNonNull(logo, "logo");
    }

    /**
     * The letterhead of a workspace as it is now, with its logo to be loaded from {@code logos}.
     *
     * @param workspace the workspace issuing documents
     * @param logos     where the workspace logo is loaded from when the document is laid out
     * @return the workspace's name, contact, address, tax ids, locale, colours and logo
     */
    public static Letterhead of(Workspace workspace, LogoSource logos) {
        Branding branding = workspace.branding();
        return new Letterhead(workspace.name(), workspace.settings().email(),
                workspace.settings().address().printLines(), workspace.settings().taxIds(),
                workspace.settings().locale(), branding.primaryColour(), branding.accentColour(),
                new Logo(workspace.id(), branding.logoReference(), workspace.brandingVersion(), logos));
    }
}
