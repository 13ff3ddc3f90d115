package dev.clientportal.core.money;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

/**
 * A named tax rate such as "VAT 19 %". A compound rate is charged on the net amount plus the taxes listed
 * before it on the same line (as Quebec's QST once was on top of GST).
 *
 * @param name     the tax's name as printed, e.g. {@code VAT}
 * @param rate     the percentage charged
 * @param compound whether it is charged on the net plus the earlier taxes of the line, not on the net alone
 */
public record TaxRate(String name, Percentage rate, boolean compound) {

    /**
     * Requires a name and a rate.
     *
     * @param name     the tax's name as printed, e.g. {@code VAT}
     * @param rate     the percentage charged
     * @param compound whether it is charged on the net plus the earlier taxes of the line, not on the net alone
     */
    public TaxRate {
        name = PortalException.requireLine(name, "taxRate.name", InputLimits.NAME);
        PortalException.requireField(rate, "taxRate.rate");
    }

    /**
     * A simple (non-compound) rate, e.g. {@code TaxRate.of("VAT", "19")}.
     *
     * @param name    the tax's name as printed, e.g. {@code "VAT"}
     * @param percent the percentage as decimal text, e.g. {@code "19"}
     * @return a rate charged on the line's net
     */
    public static TaxRate of(String name, String percent) {
        return new TaxRate(name, Percentage.of(percent), false);
    }

    /**
     * A compound rate, charged on the net plus the earlier taxes of the line.
     *
     * @param name    the tax's name as printed
     * @param percent the percentage as decimal text
     * @return a rate charged on the net plus the line's earlier taxes
     */
    public static TaxRate compound(String name, String percent) {
        return new TaxRate(name, Percentage.of(percent), true);
    }

    /** The name and rate, e.g. {@code VAT 19%}. */
    @Override
    public String toString() {
        return name + " " + rate + (compound ? " (compound)" : "");
    }
}
