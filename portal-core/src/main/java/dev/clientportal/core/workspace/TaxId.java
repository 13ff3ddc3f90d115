package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.PortalException;

/**
 * A tax registration printed on documents, e.g. scheme "VAT", value "DE123456789".
 *
 * @param scheme the kind of registration, e.g. {@code VAT}
 * @param value  the registration number, e.g. {@code DE123456789}
 */
public record TaxId(String scheme, String value) {

    /**
     * Requires both parts.
     *
     * @param scheme the kind of registration, e.g. {@code VAT}
     * @param value  the registration number, e.g. {@code DE123456789}
     */
    public TaxId {
        scheme = PortalException.requireText(scheme, "taxId.scheme");
        value = PortalException.requireText(value, "taxId.value");
    }

    /**
     * A tax id, e.g. {@code TaxId.of("VAT", "DE123456789")}.
     *
     * @param scheme the kind of registration, e.g. {@code "VAT"}
     * @param value  the registration number, e.g. {@code "DE123456789"}
     * @return the tax id
     */
    public static TaxId of(String scheme, String value) {
        return new TaxId(scheme, value);
    }
}
