package dev.clientportal.core.exports;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The facts exports read, scoped to one workspace. Invoices and credit notes are streamed: one statement in
 * (issue date, number) order, each row handed over as it arrives, so the database may choose a sequential scan and a
 * sort, and memory stays constant however many rows there are. Payments, refunds and clients are read in keyset pages
 * of a fixed number of statements each (payments by (received date, reference), refunds by (refund date, reference),
 * clients by id), a page holding the rows after the key given. No rule lives here: core turns the facts into export
 * rows and the tax report.
 */
public interface ExportQueries {

    /**
     * Hands over every issued invoice (never drafts) passing the query, in (issue date, number) order, with its
     * client's name, from one statement; called inside the caller's read-only transaction. The store neither
     * collects the rows nor runs another statement while the rows are handed over (a MariaDB connection would
     * otherwise buffer the rest of them in memory).
     *
     * @param workspaceId the workspace
     * @param query       period, client, statuses
     * @param withContent whether to answer each invoice's lines and stored totals too (else only its columns)
     * @param fetchSize   how many rows to fetch from the database at a time
     * @param each        takes each invoice, in order; an exception it throws stops the stream and reaches the caller
     */
    void invoices(WorkspaceId workspaceId, DocumentQuery query, boolean withContent, int fetchSize,
                  Consumer<? super InvoiceFacts> each);

    /**
     * Hands over every credit note passing the query (its statuses are ignored), in (issue date, number) order, from
     * one statement and with no other statement while the rows are handed over, as {@link #invoices} does.
     *
     * @param workspaceId the workspace
     * @param query       period and client
     * @param withLines   whether to answer each credit note's lines too
     * @param fetchSize   how many rows to fetch from the database at a time
     * @param each        takes each credit note, in order; an exception it throws stops the stream and reaches the
     *                    caller
     */
    void creditNotes(WorkspaceId workspaceId, DocumentQuery query, boolean withLines, int fetchSize,
                     Consumer<? super CreditNoteFacts> each);

    /**
     * Payments received in the period (any status), with their allocations and refunds, after {@code after} in
     * (received date, reference) order.
     *
     * @param workspaceId the workspace
     * @param query       period and client
     * @param after       the key of the last row of the previous page, {@code null} for the first page
     * @param limit       the most rows to answer
     * @return at most {@code limit} payments in key order
     */
    List<PaymentFacts> payments(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after, int limit);

    /**
     * Refunds made in the period, after {@code after} in (refund date, refund reference) order.
     *
     * @param workspaceId the workspace
     * @param query       period and client
     * @param after       the key of the last row of the previous page, {@code null} for the first page
     * @param limit       the most rows to answer
     * @return at most {@code limit} refunds in key order
     */
    List<RefundFacts> refunds(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after, int limit);

    /**
     * The workspace's clients, archived ones included, after {@code after} in id order.
     *
     * @param workspaceId the workspace
     * @param after       the id of the last client of the previous page, {@code null} for the first page
     * @param limit       the most rows to answer
     * @return at most {@code limit} clients in id order
     */
    List<Client> clients(WorkspaceId workspaceId, @Nullable ClientId after, int limit);

    /**
     * Which documents a page holds.
     *
     * @param from           the first day, inclusive
     * @param to             the last day, inclusive
     * @param clientId       only this client's, or {@code null}
     * @param statuses       only invoices in these statuses, empty for every issued one
     * @param voidedInPeriod whether to answer also the invoices voided in the period, and the credit notes of
     *                       invoices voided in it, whenever they were issued (the tax report reverses them)
     */
    record DocumentQuery(LocalDate from, LocalDate to, @Nullable ClientId clientId, Set<InvoiceStatus> statuses,
                         boolean voidedInPeriod) {

        /**
         * Copies the statuses.
         *
         * @param from           the first day, inclusive
         * @param to             the last day, inclusive
         * @param clientId       only this client's, or {@code null}
         * @param statuses       only invoices in these statuses, empty for all
         * @param voidedInPeriod whether to answer the documents voided in the period too
         */
        public DocumentQuery {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            statuses = Set.copyOf(statuses);
        }

        /**
         * Whether an invoice with these figures passes; the one statement of the rule, which adapters may use.
         *
         * @param status    its status
         * @param issueDate its issue date, {@code null} for a draft
         * @param closedOn  the day it was closed, or {@code null}
         * @return whether it belongs to the answer
         */
        public boolean admitsInvoice(InvoiceStatus status, @Nullable LocalDate issueDate,
                                     @Nullable LocalDate closedOn) {
            if (issueDate == null || status == InvoiceStatus.DRAFT
                    || !(statuses.isEmpty() || statuses.contains(status))) {
                return false;
            }
            return covers(issueDate) || (voidedInPeriod && status == InvoiceStatus.VOID && closedOn != null
                    && covers(closedOn));
        }

        /**
         * Whether a credit note passes, given its credited invoice's status and closing day.
         *
         * @param issueDate        the credit note's issue date
         * @param invoiceStatus    the credited invoice's status
         * @param invoiceClosedOn  the day the credited invoice was closed, or {@code null}
         * @return whether it belongs to the answer
         */
        public boolean admitsCreditNote(LocalDate issueDate, InvoiceStatus invoiceStatus,
                                        @Nullable LocalDate invoiceClosedOn) {
            return covers(issueDate) || (voidedInPeriod && invoiceStatus == InvoiceStatus.VOID
                    && invoiceClosedOn != null && covers(invoiceClosedOn));
        }

        /**
         * Whether a day lies in the period.
         *
         * @param day the day
         * @return whether {@code from ≤ day ≤ to}
         */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /**
     * The position of a row in a keyset order: a day, then a text unique in the workspace (number or reference),
     * compared by code point as the stores' binary collations do.
     *
     * @param day  the row's day
     * @param text its number or reference
     */
    record DocumentKey(LocalDate day, String text) implements Comparable<DocumentKey> {

        /**
         * Requires both parts.
         *
         * @param day  the row's day
         * @param text its number or reference
         */
        public DocumentKey {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public int compareTo(DocumentKey other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : text.compareTo(other.text);
        }
    }

    /**
     * An invoice's lines and stored totals, decoded.
     *
     * @param lines  the lines, in order
     * @param totals the stored totals
     */
    record DocumentContent(List<LineItem> lines, DocumentTotals totals) {

        /**
         * Copies the lines.
         *
         * @param lines  the lines, in order
         * @param totals the stored totals
         */
        public DocumentContent {
            lines = List.copyOf(lines);
            Objects.requireNonNull(totals, "totals");
        }
    }

    /**
     * An issued invoice's columns, amounts in minor units of {@code currency}.
     *
     * @param id         the invoice
     * @param number     its number
     * @param clientId   the client
     * @param clientName the client's name
     * @param status     its status
     * @param currency   its currency
     * @param issueDate  its issue date
     * @param dueDate    its due date
     * @param subtotal   Σ line nets
     * @param discount   the document discount
     * @param tax        Σ taxes
     * @param total      the total
     * @param credited   Σ totals of its credit notes
     * @param paid       net payments
     * @param amountDue  what is owed
     * @param closedOn   the day it was voided or written off, or {@code null}
     * @param content    its lines and totals when asked for, else {@code null}
     */
    record InvoiceFacts(InvoiceId id, String number, ClientId clientId, String clientName, InvoiceStatus status,
                        CurrencyUnit currency, LocalDate issueDate, LocalDate dueDate, long subtotal, long discount,
                        long tax, long total, long credited, long paid, long amountDue, @Nullable LocalDate closedOn,
                        @Nullable DocumentContent content) {

        /**
         * This invoice's position in the export order.
         *
         * @return (issue date, number)
         */
        public DocumentKey key() {
            return new DocumentKey(issueDate, number);
        }
    }

    /**
     * A credit note with its credited invoice's status.
     *
     * @param id              the credit note
     * @param number          its number
     * @param invoiceNumber   the credited invoice's number
     * @param invoiceStatus   the credited invoice's status
     * @param invoiceClosedOn the day the credited invoice was closed, or {@code null}
     * @param clientId        the client
     * @param clientName      the client's name
     * @param issueDate       its issue date
     * @param totals          its stored totals
     * @param appliedToInvoice the part that reduced the invoice (minor units)
     * @param toClientCredit  the part that became client credit (minor units)
     * @param reason          why
     * @param lines           its lines when asked for, else {@code null}
     */
    record CreditNoteFacts(CreditNoteId id, String number, String invoiceNumber, InvoiceStatus invoiceStatus,
                           @Nullable LocalDate invoiceClosedOn, ClientId clientId, String clientName,
                           LocalDate issueDate, DocumentTotals totals, long appliedToInvoice, long toClientCredit,
                           String reason, @Nullable List<LineItem> lines) {

        /**
         * This credit note's position in the export order.
         *
         * @return (issue date, number)
         */
        public DocumentKey key() {
            return new DocumentKey(issueDate, number);
        }
    }

    /**
     * A payment with its client's name.
     *
     * @param payment    the payment, allocations and refunds included
     * @param clientName the client's name
     */
    record PaymentFacts(Payment payment, String clientName) {

        /**
         * This payment's position in the export order.
         *
         * @return (received date, reference)
         */
        public DocumentKey key() {
            return new DocumentKey(payment.receivedOn(), payment.reference());
        }
    }

    /**
     * A refund with its payment's identity.
     *
     * @param refund           the refund
     * @param paymentId        the payment refunded
     * @param paymentReference its reference
     * @param clientId         the client
     * @param clientName       the client's name
     */
    record RefundFacts(Refund refund, PaymentId paymentId, String paymentReference, ClientId clientId,
                       String clientName) {

        /**
         * This refund's position in the export order.
         *
         * @return (refund date, refund reference)
         */
        public DocumentKey key() {
            return new DocumentKey(refund.refundedOn(), refund.reference());
        }
    }
}
