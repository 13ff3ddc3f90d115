package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.TaxRounding;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the business sets once and every document uses: identity, defaults, numbering and tax rounding.
 *
 * @param name                 the business name printed on documents
 * @param email                where clients reach the business, may be empty
 * @param address              the business address
 * @param taxIds               tax registrations printed on documents
 * @param defaultCurrency      the currency of new clients unless they say otherwise
 * @param locale               language and number format of documents
 * @param timeZone             the zone that decides issue dates, due dates and "overdue"
 * @param paymentTerms         default terms of new invoices
 * @param taxRates             the named rates the business charges, offered when writing lines
 * @param invoiceNumbering     invoice number pattern
 * @param creditNoteNumbering  credit-note number pattern
 * @param taxRounding          where taxes are rounded
 * @param quoteNumbering       quote number pattern; a quote keeps its number through revisions
 */
public record WorkspaceSettings(String name, String email, PostalAddress address, List<TaxId> taxIds,
                                CurrencyUnit defaultCurrency, Locale locale, ZoneId timeZone,
                                PaymentTerms paymentTerms, List<TaxRate> taxRates,
                                NumberingPattern invoiceNumbering, NumberingPattern creditNoteNumbering,
                                TaxRounding taxRounding, NumberingPattern quoteNumbering) {

    /** Default invoice numbers: {@code INV-2026-00001}. */
    public static final NumberingPattern DEFAULT_INVOICE_NUMBERING = NumberingPattern.of("INV-{yyyy}-{seq:5}");
    /** Default credit-note numbers: {@code CN-2026-00001}. */
    public static final NumberingPattern DEFAULT_CREDIT_NOTE_NUMBERING = NumberingPattern.of("CN-{yyyy}-{seq:5}");
    /** Default quote numbers: {@code Q-2026-00001}. */
    public static final NumberingPattern DEFAULT_QUOTE_NUMBERING = NumberingPattern.of("Q-{yyyy}-{seq:5}");

    /**
     * Validates every field.
     *
     * @param name                the business name printed on documents
     * @param email               where clients reach the business, may be empty
     * @param address             the business address
     * @param taxIds              tax registrations printed on documents
     * @param defaultCurrency     the currency of new clients unless they say otherwise
     * @param locale              language and number format of documents
     * @param timeZone            the zone that decides issue dates, due dates and "overdue"
     * @param paymentTerms        default terms of new invoices
     * @param taxRates            the named rates the business charges, offered when writing lines
     * @param invoiceNumbering    invoice number pattern
     * @param creditNoteNumbering credit-note number pattern
     * @param taxRounding         where taxes are rounded
     * @param quoteNumbering      quote number pattern; a quote keeps its number through revisions
     */
    public WorkspaceSettings {
        name = PortalException.requireLine(name, "workspace.name", InputLimits.NAME);
        email = PortalException.optionalLine(email, "workspace.email", 254);
        address = Objects.requireNonNullElse(address, PostalAddress.NONE);
        taxIds = PortalException.elements(taxIds, "workspace.taxIds", 20);
        PortalException.requireField(defaultCurrency, "workspace.defaultCurrency");
        PortalException.requireField(locale, "workspace.locale");
        PortalException.requireField(timeZone, "workspace.timeZone");
        PortalException.requireField(paymentTerms, "workspace.paymentTerms");
        taxRates = PortalException.elements(taxRates, "workspace.taxRates", InputLimits.LIST);
        Set<String> names = new HashSet<>();
        for (TaxRate rate : taxRates) {
            if (!names.add(rate.name())) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "workspace.taxRates", rate.name(),
                        "tax rate names must be unique");
            }
        }
        PortalException.requireField(invoiceNumbering, "workspace.invoiceNumbering");
        PortalException.requireField(creditNoteNumbering, "workspace.creditNoteNumbering");
        PortalException.requireField(taxRounding, "workspace.taxRounding");
        PortalException.requireField(quoteNumbering, "workspace.quoteNumbering");
    }

    /**
     * Defaults for a new business: English (US) documents, UTC, default numbering, taxes rounded per line.
     *
     * @param name     the business name printed on documents
     * @param currency the currency of new clients
     * @param terms    the default payment terms of new invoices
     * @return settings with those values and the defaults above, without email, address, tax ids or tax rates
     */
    public static WorkspaceSettings defaults(String name, CurrencyUnit currency, PaymentTerms terms) {
        return new WorkspaceSettings(name, "", PostalAddress.NONE, List.of(), currency, Locale.US, ZoneId.of("UTC"),
                terms, List.of(), DEFAULT_INVOICE_NUMBERING, DEFAULT_CREDIT_NOTE_NUMBERING, TaxRounding.PER_LINE,
                DEFAULT_QUOTE_NUMBERING);
    }

    /**
     * The named tax rate, if the business has one by that name.
     *
     * @param rateName the rate's name, e.g. {@code VAT}
     * @return the rate, empty if the business has none by that name
     */
    public Optional<TaxRate> taxRate(String rateName) {
        return taxRates.stream().filter(rate -> rate.name().equals(rateName)).findFirst();
    }

    /**
     * These settings with another address and tax ids.
     *
     * @param newEmail   where clients reach the business, may be empty
     * @param newAddress the business address
     * @param newTaxIds  tax registrations printed on documents
     * @return a copy of these settings with that email, address and tax ids
     */
    public WorkspaceSettings withIdentity(String newEmail, PostalAddress newAddress, List<TaxId> newTaxIds) {
        return new WorkspaceSettings(name, newEmail, newAddress, newTaxIds, defaultCurrency, locale, timeZone,
                paymentTerms, taxRates, invoiceNumbering, creditNoteNumbering, taxRounding, quoteNumbering);
    }

    /**
     * These settings with another locale and time zone.
     *
     * @param newLocale   language and number format of documents
     * @param newTimeZone the zone that decides issue dates, due dates and overdue
     * @return a copy of these settings with that locale and zone
     */
    public WorkspaceSettings withRegion(Locale newLocale, ZoneId newTimeZone) {
        return new WorkspaceSettings(name, email, address, taxIds, defaultCurrency, newLocale, newTimeZone,
                paymentTerms, taxRates, invoiceNumbering, creditNoteNumbering, taxRounding, quoteNumbering);
    }

    /**
     * These settings with other tax rates and tax rounding.
     *
     * @param newTaxRates    the named rates the business charges
     * @param newTaxRounding where taxes are rounded
     * @return a copy of these settings with those rates and rounding
     */
    public WorkspaceSettings withTaxes(List<TaxRate> newTaxRates, TaxRounding newTaxRounding) {
        return new WorkspaceSettings(name, email, address, taxIds, defaultCurrency, locale, timeZone,
                paymentTerms, newTaxRates, invoiceNumbering, creditNoteNumbering, newTaxRounding, quoteNumbering);
    }

    /**
     * These settings with other default payment terms.
     *
     * @param newTerms default terms of new invoices
     * @return a copy of these settings with those terms
     */
    public WorkspaceSettings withPaymentTerms(PaymentTerms newTerms) {
        return new WorkspaceSettings(name, email, address, taxIds, defaultCurrency, locale, timeZone,
                newTerms, taxRates, invoiceNumbering, creditNoteNumbering, taxRounding, quoteNumbering);
    }

    /**
     * These settings with other numbering patterns.
     *
     * @param invoices    the invoice number pattern
     * @param creditNotes the credit-note number pattern
     * @return a copy of these settings with those patterns
     */
    public WorkspaceSettings withNumbering(NumberingPattern invoices, NumberingPattern creditNotes) {
        return new WorkspaceSettings(name, email, address, taxIds, defaultCurrency, locale, timeZone,
                paymentTerms, taxRates, invoices, creditNotes, taxRounding, quoteNumbering);
    }

    /**
     * These settings with another quote numbering pattern.
     *
     * @param quotes the quote number pattern
     * @return a copy of these settings with that pattern
     */
    public WorkspaceSettings withQuoteNumbering(NumberingPattern quotes) {
        return new WorkspaceSettings(name, email, address, taxIds, defaultCurrency, locale, timeZone,
                paymentTerms, taxRates, invoiceNumbering, creditNoteNumbering, taxRounding, quotes);
    }
}
