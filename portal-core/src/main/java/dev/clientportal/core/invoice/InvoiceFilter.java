package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which invoices a list returns.
 *
 * @param clientId only this client's invoices, if present
 * @param statuses only these statuses; empty means every status
 */
public record InvoiceFilter(Optional<ClientId> clientId, Set<InvoiceStatus> statuses) {

    /** Every invoice. */
    public static final InvoiceFilter ALL = new InvoiceFilter(Optional.empty(), Set.of());

    /**
     * Copies the statuses.
     *
     * @param clientId only this client's invoices, if present
     * @param statuses only these statuses; empty means every status
     */
    public InvoiceFilter {
        clientId = clientId == null ? Optional.empty() : clientId;
        statuses = statuses == null || statuses.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(PortalException.elements(statuses, "statuses", Integer.MAX_VALUE)));
    }

    /**
     * One client's invoices.
     *
     * @param clientId the client
     * @return a filter on one client's invoices, in every status
     */
    public static InvoiceFilter forClient(ClientId clientId) {
        return new InvoiceFilter(Optional.of(clientId), Set.of());
    }

    /**
     * This filter restricted to some statuses.
     *
     * @param first a status to include
     * @param more  further statuses to include
     * @return this filter restricted to some statuses
     */
    public InvoiceFilter withStatuses(InvoiceStatus first, InvoiceStatus... more) {
        return new InvoiceFilter(clientId, EnumSet.of(first, more));
    }

    /**
     * Whether an invoice passes this filter.
     *
     * @param invoice an invoice of the workspace
     * @return whether an invoice passes this filter
     */
    public boolean matches(Invoice invoice) {
        return clientId.map(invoice.clientId()::equals).orElse(true)
                && (statuses.isEmpty() || statuses.contains(invoice.status()));
    }
}
