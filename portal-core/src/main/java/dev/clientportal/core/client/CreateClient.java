package dev.clientportal.core.client;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.PostalAddress;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Objects;

/**
 * Creates a client.
 *
 * @param name           billing name, one line of at most 200 characters
 * @param email          billing email
 * @param billingAddress printed on documents
 * @param taxId          the client's tax registration, may be empty; at most 200 characters
 * @param currency       invoicing currency; {@code null} takes the workspace default
 * @param taxExempt      whether no taxes are charged
 * @param locale         the language and formats of this client's documents; {@code null} takes the workspace's
 *                       (also when the workspace's changes later). An ISO 639 language, optionally with an ISO 3166
 *                       region, else {@link dev.clientportal.core.kernel.ErrorCode#INVALID_VALUE}
 */
public record CreateClient(String name, String email, PostalAddress billingAddress, String taxId,
                           @Nullable CurrencyUnit currency, boolean taxExempt, @Nullable Locale locale) {

    /**
     * Validates the name and email up front.
     *
     * @param name           billing name, one line of at most 200 characters
     * @param email          billing email
     * @param billingAddress printed on documents
     * @param taxId          the client's tax registration, may be empty; at most 200 characters
     * @param currency       invoicing currency; {@code null} takes the workspace default
     * @param taxExempt      whether no taxes are charged
     * @param locale         the language and formats of this client's documents; {@code null} takes the workspace's
     */
    public CreateClient {
        name = PortalException.requireLine(name, "client.name", InputLimits.NAME);
        email = EmailAddress.normalize(email, "client.email");
        billingAddress = Objects.requireNonNullElse(billingAddress, PostalAddress.NONE);
        taxId = PortalException.optionalLine(taxId, "client.taxId", InputLimits.REFERENCE);
        locale = DocumentLocales.check(locale, "client.locale");
    }

    /**
     * A client with a name and billing email, in the workspace's default currency.
     *
     * @param name  billing name, one line of at most 200 characters
     * @param email billing email
     */
    public CreateClient(String name, String email) {
        this(name, email, PostalAddress.NONE, "", null, false, null);
    }

    /**
     * This command with an invoicing currency.
     *
     * @param newCurrency the invoicing currency; {@code null} takes the workspace default
     * @return a copy of this command with that currency
     */
    public CreateClient inCurrency(CurrencyUnit newCurrency) {
        return new CreateClient(name, email, billingAddress, taxId, newCurrency, taxExempt, locale);
    }

    /**
     * This command with an address and tax id.
     *
     * @param address  the billing address printed on documents
     * @param newTaxId the client's tax registration, may be empty
     * @return a copy of this command with that address and tax id
     */
    public CreateClient withBilling(PostalAddress address, String newTaxId) {
        return new CreateClient(name, email, address, newTaxId, currency, taxExempt, locale);
    }

    /**
     * This command for a client whose documents are printed in {@code newLocale} rather than the workspace's.
     *
     * @param newLocale the language and formats of the client's documents
     * @return a copy with that locale
     */
    public CreateClient inLocale(Locale newLocale) {
        return new CreateClient(name, email, billingAddress, taxId, currency, taxExempt,
                PortalException.requireField(newLocale, "client.locale"));
    }

    /**
     * This command for a tax-exempt client.
     *
     * @return a copy of this command with {@code taxExempt} set
     */
    public CreateClient asTaxExempt() {
        return new CreateClient(name, email, billingAddress, taxId, currency, true, locale);
    }
}
