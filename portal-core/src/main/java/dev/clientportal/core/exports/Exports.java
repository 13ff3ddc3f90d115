package dev.clientportal.core.exports;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.LocalDate;

/**
 * Exports for the accountant, for staff of one workspace: every method streams typed rows (amounts as {@code Money},
 * exact, with their currency) to the sink given, so memory stays constant however many rows there are. Rows are
 * ordered by a unique key (documents by issue date then number, payments by received date then reference, refunds by
 * refund date then reference, clients by id, audit entries by sequence).
 *
 * <p>Invoices and credit notes (and their lines and tax rows) are read in one statement inside one read-only
 * transaction, each row handed to the sink as it arrives: the export is one consistent read, and a slow sink keeps
 * that transaction open. Payments, allocations, refunds, clients and the audit trail are read in pages, each in its
 * own read-only transaction and handed to the sink outside it, so a row changed while such an export runs is listed
 * once, as it was when its page was read.
 *
 * <p>Every method validates before reading: {@code CLIENT_NOT_FOUND} for a client the workspace does not know. Rows
 * of other workspaces never appear.
 */
public interface Exports {

    /**
     * One row per issued invoice, from stored columns only (the fast export).
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, statuses, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary invoices(StaffPrincipal principal, ExportFilter filter, ExportSink<InvoiceExportRow> sink);

    /**
     * One row per line of every issued invoice the filter admits, documents in the order of {@link #invoices}.
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, statuses, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary invoiceLines(StaffPrincipal principal, ExportFilter filter, ExportSink<LineExportRow> sink);

    /**
     * One row per tax rate of every issued invoice the filter admits: the invoice's printed tax summary, whose rows
     * sum exactly to its tax.
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, statuses, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary invoiceTaxes(StaffPrincipal principal, ExportFilter filter, ExportSink<TaxExportRow> sink);

    /**
     * One row per credit note issued in the period.
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, page size, progress (statuses are ignored)
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary creditNotes(StaffPrincipal principal, ExportFilter filter, ExportSink<CreditNoteExportRow> sink);

    /**
     * One row per line of every credit note issued in the period.
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, page size, progress (statuses are ignored)
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary creditNoteLines(StaffPrincipal principal, ExportFilter filter, ExportSink<LineExportRow> sink);

    /**
     * One row per tax rate of every credit note issued in the period (positive amounts: what it takes off).
     *
     * @param principal staff of the workspace
     * @param filter    period of issue, client, page size, progress (statuses are ignored)
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary creditNoteTaxes(StaffPrincipal principal, ExportFilter filter, ExportSink<TaxExportRow> sink);

    /**
     * One row per payment received in the period, whatever its status.
     *
     * @param principal staff of the workspace
     * @param filter    period of receipt, client, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary payments(StaffPrincipal principal, ExportFilter filter, ExportSink<PaymentExportRow> sink);

    /**
     * One row per allocation of every payment received in the period, payments in the order of {@link #payments}.
     *
     * @param principal staff of the workspace
     * @param filter    period of receipt, client, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary allocations(StaffPrincipal principal, ExportFilter filter, ExportSink<AllocationExportRow> sink);

    /**
     * One row per refund made in the period (by its refund date, whenever its payment was received).
     *
     * @param principal staff of the workspace
     * @param filter    period of the refund, client, page size, progress
     * @param sink      takes the rows
     * @return how many rows and pages
     * @throws PortalException {@code CLIENT_NOT_FOUND} for an unknown client
     */
    ExportSummary refunds(StaffPrincipal principal, ExportFilter filter, ExportSink<RefundExportRow> sink);

    /**
     * One row per client of the workspace, archived ones included.
     *
     * @param principal staff of the workspace
     * @param filter    page size and progress (period, client and statuses are ignored)
     * @param sink      takes the rows
     * @return how many rows and pages
     */
    ExportSummary clients(StaffPrincipal principal, ExportFilter filter, ExportSink<ClientExportRow> sink);

    /**
     * The audit trail's entries made on the days of the period (in the workspace's zone), oldest first.
     *
     * @param principal staff of the workspace
     * @param filter    period, page size and progress (client and statuses are ignored)
     * @param sink      takes the entries
     * @return how many entries (rows) and pages were read
     */
    ExportSummary auditTrail(StaffPrincipal principal, ExportFilter filter, ExportSink<AuditEntry> sink);

    /**
     * Tax per rate, currency and period, from the rows {@link #invoiceTaxes}, {@link #creditNoteTaxes},
     * {@link #allocations} and {@link #refunds} stream. Invoiced (accrual): the tax rows of invoices by issue date,
     * less those of credit notes by their issue date; a void reverses the invoice on the day it was voided, and with
     * it what its credit notes had taken off, so a voided invoice and its credit notes net to zero; a written-off
     * invoice stays invoiced (bad-debt relief is the accountant's adjustment). Received (cash): for each allocation of
     * a received payment, its tax share — {@code min(allocation, total) × tax ÷ total} rounded
     * {@link java.math.RoundingMode#HALF_UP} to the minor unit, split over the invoice's rates by largest remainder —
     * on the day the money arrived, less the same share of what refunds took back from invoices on the refund day.
     * Client credit applied later is not cash received and is not counted.
     *
     * @param principal staff of the workspace
     * @param from      the first day, inclusive
     * @param to        the last day, inclusive
     * @param period    months or quarters
     * @return the report
     * @throws PortalException {@code INVALID_PERIOD} as {@link ExportFilter}
     */
    TaxReport taxReport(StaffPrincipal principal, LocalDate from, LocalDate to, TaxPeriod period);
}
