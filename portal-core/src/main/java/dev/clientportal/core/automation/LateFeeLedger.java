package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores the late-fee periods decided on invoices, one row per (workspace, invoice, period) under a unique key so a
 * period is charged at most once whatever the instances do, and finds the invoices whose next late fee is due from
 * the day {@link Invoice#nextLateFeeOn()} stored with them (an index range scan, never every invoice). Calls run in
 * the caller's transaction.
 */
public interface LateFeeLedger {

    /**
     * Records a decided period.
     *
     * @param fee the period as decided
     * @throws PortalException {@link ErrorCode#DUPLICATE_KEY} when that period of the invoice was recorded already
     */
    void add(LateFee fee);

    /**
     * Marks a fee in force as removed; one statement that changes the row only while it is in force.
     *
     * @param removed the fee with its removal
     * @return whether the row changed (false when it was removed already or never recorded)
     */
    boolean markRemoved(LateFee removed);

    /**
     * One decided period of an invoice.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @param period      the period
     * @return the period as recorded, empty when never decided
     */
    Optional<LateFee> find(WorkspaceId workspaceId, InvoiceId invoiceId, int period);

    /**
     * Every decided period of an invoice, by period.
     *
     * @param workspaceId the workspace
     * @param invoiceId   the invoice
     * @return the periods, in order
     */
    List<LateFee> ofInvoice(WorkspaceId workspaceId, InvoiceId invoiceId);

    /**
     * Invoices of every workspace whose stored next late-fee day is on or before {@code through}, ordered by that
     * day and then invoice id, after the cursor {@code after} (exclusive).
     *
     * @param through the latest day asked about
     * @param after   the last candidate of the previous page, empty for the first page
     * @param limit   the most candidates answered, positive
     * @return the candidates of this page
     */
    List<LateFeeCandidate> due(LocalDate through, Optional<LateFeeCandidate> after, int limit);

    /**
     * Checks a fee adapters are asked to store.
     *
     * @param fee the fee
     * @return the fee
     * @throws PortalException {@link ErrorCode#REQUIRED} when missing
     */
    static LateFee requireFee(LateFee fee) {
        return PortalException.requireField(fee, "lateFee");
    }

    /**
     * Checks the arguments of {@link #due}.
     *
     * @param through the latest day asked about
     * @param after   the cursor
     * @param limit   the page size
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    static void requireDueQuery(LocalDate through, Optional<LateFeeCandidate> after, int limit) {
        PortalException.requireField(through, "through");
        PortalException.requireField(after, "after");
        RecurringTemplates.requireLimit(limit);
    }
}
