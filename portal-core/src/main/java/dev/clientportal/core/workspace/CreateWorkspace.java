package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;

import java.util.Objects;

/**
 * Creates a workspace.
 *
 * @param settings identity, defaults, numbering and tax rounding
 * @param branding logo and colours
 */
public record CreateWorkspace(WorkspaceSettings settings, Branding branding) {

    /**
     * Requires settings; branding defaults to {@link Branding#DEFAULT}.
     *
     * @param settings identity, defaults, numbering and tax rounding
     * @param branding logo and colours
     */
    public CreateWorkspace {
        PortalException.requireField(settings, "settings");
        branding = Objects.requireNonNullElse(branding, Branding.DEFAULT);
    }

    /**
     * A workspace with default settings for the given name, currency and payment terms.
     *
     * @param name     the business name printed on documents
     * @param currency the currency of new clients
     * @param terms    the default payment terms of new invoices
     */
    public CreateWorkspace(String name, CurrencyUnit currency, PaymentTerms terms) {
        this(WorkspaceSettings.defaults(name, currency, terms), Branding.DEFAULT);
    }
}
