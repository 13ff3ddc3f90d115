package dev.clientportal.core.invoice;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores invoices, always scoped by workspace. */
public interface InvoiceRepository {

    /**
     * Inserts an invoice (version 0) or updates it if the stored version still equals {@code invoice.version()}.
     * Its derived figures ({@code amountDue}, {@code nextDueDate}, {@code openAmounts}, {@code closedOn}) are stored
     * with it, so that queries filter and sort on them without recomputing them.
     *
     * @param invoice the invoice to store
     * @return the invoice as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first; {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY} when another
     *         invoice of the workspace has the same number
     */
    Invoice save(Invoice invoice);

    /**
     * Saves several invoices as {@link #save} saves one, in the caller's transaction; adapters write them in a few
     * statements. The default saves them one by one.
     *
     * @param invoices the invoices to store, each once
     * @return the invoices as stored, with their new versions, in the order given
     * @throws dev.clientportal.core.kernel.PortalException as {@link #save} does, for the first that fails
     */
    default List<Invoice> saveAll(List<Invoice> invoices) {
        return invoices.stream().map(this::save).toList();
    }

    /**
     * The invoice with this id in the workspace; empty if it does not exist there.
     *
     * @param workspaceId the workspace
     * @param id          the invoice
     * @return the invoice; empty if it does not exist in the workspace
     */
    Optional<Invoice> find(WorkspaceId workspaceId, InvoiceId id);

    /**
     * The invoices with these ids in the workspace; ids that do not exist there are left out. Adapters read them in
     * a few statements; the default finds them one by one.
     *
     * @param workspaceId the workspace
     * @param ids         the invoices, each once
     * @return the invoices found, in no particular order
     */
    default List<Invoice> findAll(WorkspaceId workspaceId, Collection<InvoiceId> ids) {
        return ids.stream().map(id -> find(workspaceId, id)).flatMap(Optional::stream).toList();
    }

    /**
     * Invoices passing a filter, newest first (by creation, then id), skipping {@code offset}.
     *
     * @param workspaceId the workspace
     * @param filter      which invoices
     * @param offset      how many items to skip
     * @param limit       the page size
     * @return the invoices passing the filter, newest first (by creation, then id)
     */
    List<Invoice> list(WorkspaceId workspaceId, InvoiceFilter filter, int offset, int limit);

    /**
     * A client's invoices that can take a payment in a currency (open, partially paid or uncollectible, with an
     * amount due), by their stored {@link Invoice#nextDueDate()} (the earliest installment not yet settled), then by
     * number as a binary string: the order automatic allocation pays them in.
     *
     * @param workspaceId the workspace
     * @param clientId    the client
     * @param currency    the payment's currency
     * @return the client's payable invoices in that currency, in the order oldest-first allocation settles them
     */
    List<Invoice> payable(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency);

    /**
     * Removes a draft; does nothing if it is gone already. Issued invoices are never deleted.
     *
     * @param workspaceId the workspace
     * @param id          the draft to remove
     */
    void deleteDraft(WorkspaceId workspaceId, InvoiceId id);
}
