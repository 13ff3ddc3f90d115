package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
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
 * @param locale        language, number and date format of the document: the client's own locale when it has one,
 *                      else the workspace's
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
     * The letterhead of a workspace as it is now on a document for {@code client}: in the client's locale when it has
     * one, else the workspace's; its logo to be loaded from {@code logos}.
     *
     * @param workspace the workspace issuing documents
     * @param client    the client the document is for; its locale, when set, beats the workspace's
     * @param logos     where the workspace logo is loaded from when the document is laid out
     * @return the workspace's name, contact, address, tax ids, the document locale, colours and logo
     */
    public static Letterhead of(Workspace workspace, Client client, LogoSource logos) {
        Branding branding = workspace.branding();
        return new Letterhead(workspace.name(), workspace.settings().email(),
                workspace.settings().address().printLines(), workspace.settings().taxIds(),
                locale(workspace, client), branding.primaryColour(), branding.accentColour(),
                new Logo(workspace.id(), branding.logoReference(), workspace.brandingVersion(), logos));
    }

    /** The locale a document for {@code client} is printed in: the client's own, else the workspace's. */
    static Locale locale(Workspace workspace, Client client) {
        return client.documentLocale(workspace.settings().locale());
    }
}
