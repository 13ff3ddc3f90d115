package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores invoices, always scoped by workspace. */
public interface InvoiceRepository {

    /**
     * Inserts an invoice (version 0) or updates it if the stored version still equals {@code invoice.version()}.
     *
     * @return the invoice as stored, with its new version
     * @throws dev.clientportal.core.PortalException {@link dev.clientportal.core.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first; {@link dev.clientportal.core.ErrorCode#DUPLICATE_KEY} when another
     *         invoice of the workspace has the same number
     */
    Invoice save(Invoice invoice);

    /** The invoice with this id in the workspace; empty if it does not exist there. */
    Optional<Invoice> find(WorkspaceId workspaceId, InvoiceId id);

    /** Invoices passing a filter, newest first (by creation, then id), skipping {@code offset}. */
    List<Invoice> list(WorkspaceId workspaceId, InvoiceFilter filter, int offset, int limit);

    /**
     * A client's invoices that can take a payment in a currency (open, partially paid or uncollectible, with an
     * amount due), oldest due date first (then number): the order automatic allocation pays them in. With a payment
     * schedule, an invoice's due date here is that of its earliest installment not yet settled.
     */
    List<Invoice> payable(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency);

    /** Removes a draft; does nothing if it is gone already. Issued invoices are never deleted. */
    void deleteDraft(WorkspaceId workspaceId, InvoiceId id);
}
