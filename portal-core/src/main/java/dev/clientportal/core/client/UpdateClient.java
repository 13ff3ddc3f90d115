package dev.clientportal.core.client;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.workspace.PostalAddress;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Objects;

/**
 * Changes a client's billing details and document locale. The currency is fixed once the client exists.
 *
 * @param clientId       the client
 * @param name           billing name, one line of at most 200 characters
 * @param email          billing email
 * @param billingAddress printed on new documents
 * @param taxId          tax registration, may be empty; at most 200 characters
 * @param taxExempt      whether new documents charge no taxes
 * @param locale         the language and formats of this client's documents from now on; {@code null} for the
 *                       workspace's. An ISO 639 language, optionally with an ISO 3166 region, else
 *                       {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE}
 */
public record UpdateClient(ClientId clientId, String name, String email, PostalAddress billingAddress, String taxId,
                           boolean taxExempt, @Nullable Locale locale) {

    /**
     * Validates every field.
     *
     * @param clientId       the client
     * @param name           billing name, one line of at most 200 characters
     * @param email          billing email
     * @param billingAddress printed on new documents
     * @param taxId          tax registration, may be empty; at most 200 characters
     * @param taxExempt      whether new documents charge no taxes
     * @param locale         the language and formats of this client's documents from now on; {@code null} for the
     *                       workspace's
     */
    public UpdateClient {
        PortalException.requireField(clientId, "clientId");
        name = PortalException.requireLine(name, "client.name", InputLimits.NAME);
        email = EmailAddress.normalize(email, "client.email");
        billingAddress = Objects.requireNonNullElse(billingAddress, PostalAddress.NONE);
        taxId = PortalException.optionalLine(taxId, "client.taxId", InputLimits.REFERENCE);
        locale = DocumentLocales.check(locale, "client.locale");
    }

    /**
     * The client's details as they are now, to change some of them with the {@code with} methods.
     *
     * @param client the client as stored
     * @return a command that changes nothing yet
     */
    public static UpdateClient of(Client client) {
        PortalException.requireField(client, "client");
        return new UpdateClient(client.id(), client.name(), client.email(), client.billingAddress(), client.taxId(),
                client.taxExempt(), client.locale().orElse(null));
    }

    /**
     * This command with another document locale.
     *
     * @param newLocale the language and formats of the client's documents; {@code null} for the workspace's
     * @return a copy with that locale
     */
    public UpdateClient withLocale(@Nullable Locale newLocale) {
        return new UpdateClient(clientId, name, email, billingAddress, taxId, taxExempt, newLocale);
    }
}
