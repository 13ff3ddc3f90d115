package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceRow;
import dev.clientportal.core.clientview.InvoiceRowFilter;
import dev.clientportal.core.clientview.OpenInvoiceTotals;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The client's views as SELECTs over the billing tables, each a fixed number of statements whatever the client
 * holds: open totals one (GROUP BY currency), open invoices one, a page of invoices two (rows, count), an invoice two
 * (the row, its open amounts), an invoice's payments one and its credit notes one, a page of payments two (rows,
 * count). A payment's invoice numbers come with its row, aggregated in order by the database ({@code listagg},
 * which the provider renders as {@code string_agg} or {@code group_concat}), joined by a separator no stored number
 * holds. Drafts never appear; every statement is scoped to the workspace (and client where the port names one).
 */
final class JpaPortalViewQueries implements PortalViewQueries {

    /** Between the invoice numbers of a payment's row: the ASCII unit separator, a control character. */
    private static final String SEPARATOR = "\u001f";
    private static final String INVOICE_ROW = "select i.id, i.number, i.status, i.issueDate, i.nextDueDate, i.total,"
            + " i.amountDue, i.currency from Invoice i";
    private static final String PAYMENT_ROW = "select p.id, p.receivedOn, p.amount, p.currency, p.method,"
            + " p.reference, p.refunded, (select listagg(a.invoiceNumber, '" + SEPARATOR + "')"
            + " within group (order by a.ordinal) from PaymentAllocation a where a.paymentId = p.id)"
            + ", p.status from Payment p";

    private final EntityManagers entityManagers;
    private final JpaInvoices invoices;
    private final JpaDeliverables deliverables;
    private final JpaAgreements agreements;
    private final JpaQuotes quotes;
    private final JpaMessages messages;

    /** The counts of what awaits the client are answered by the adapters that own those tables. */
    JpaPortalViewQueries(EntityManagers entityManagers, JpaDeliverables deliverables, JpaAgreements agreements,
                         JpaQuotes quotes, JpaMessages messages) {
        this.entityManagers = entityManagers;
        this.invoices = new JpaInvoices(entityManagers);
        this.deliverables = deliverables;
        this.agreements = agreements;
        this.quotes = quotes;
        this.messages = messages;
    }

    @Override
    public List<OpenInvoiceTotals> openTotals(WorkspaceId workspaceId, ClientId clientId, LocalDate overdueBefore) {
        return Versioned.read("sum a client's open invoices", () -> entityManagers.current().createQuery(
                        "select i.currency, sum(i.amountDue), min(i.nextDueDate), count(i),"
                                + " sum(case when i.nextDueDate < :before then 1 else 0 end) from Invoice i"
                                + " where i.workspaceId = :workspace and i.clientId = :client and i.status in :payable"
                                + " group by i.currency", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .setParameter("payable", JpaReceivablesQueries.PAYABLE)
                .setParameter("before", overdueBefore)
                .getResultStream()
                .map(row -> new OpenInvoiceTotals(Money.ofMinor(((Number) row[1]).longValue(),
                        CurrencyUnit.of((String) row[0])), (LocalDate) row[2], ((Number) row[3]).intValue(),
                        ((Number) row[4]).intValue()))
                .toList());
    }

    @Override
    public List<InvoiceRow> openInvoices(WorkspaceId workspaceId, ClientId clientId, int limit) {
        return Versioned.read("list a client's open invoices", () -> entityManagers.current().createQuery(
                        INVOICE_ROW + " where i.workspaceId = :workspace and i.clientId = :client"
                                + " and i.status in :payable order by i.nextDueDate, i.number", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("client", clientId.value())
                .setParameter("payable", JpaReceivablesQueries.PAYABLE)
                .setMaxResults(limit)
                .getResultStream().map(JpaPortalViewQueries::invoiceRow).toList());
    }

    @Override
    public Page<InvoiceRow> invoices(WorkspaceId workspaceId, ClientId clientId, InvoiceRowFilter filter, int offset,
                                     int limit) {
        List<String> passes = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            passes.add("i.status in :statuses");
        }
        filter.payableDueBefore().ifPresent(day -> passes.add("(i.status in :payable and i.nextDueDate < :before)"));
        filter.payableDueFrom().ifPresent(day -> passes.add("(i.status in :payable and i.nextDueDate >= :from)"));
        if (passes.isEmpty()) {
            return new Page<>(List.of(), offset, limit, 0);
        }
        String where = " where i.workspaceId = :workspace and i.clientId = :client and i.status <> 'DRAFT' and ("
                + String.join(" or ", passes) + ")";
        return Versioned.read("list a client's invoices", () -> {
            EntityManager entityManager = entityManagers.current();
            List<InvoiceRow> rows = filtered(entityManager.createQuery(INVOICE_ROW + where
                    + " order by i.issueDate desc, i.number desc", Object[].class), workspaceId, clientId, filter)
                    .setFirstResult(offset).setMaxResults(limit)
                    .getResultStream().map(JpaPortalViewQueries::invoiceRow).toList();
            long total = filtered(entityManager.createQuery("select count(i) from Invoice i" + where, Long.class),
                    workspaceId, clientId, filter).getSingleResult();
            return new Page<>(rows, offset, limit, total);
        });
    }

    /** Binds the scope and the parameters the filter's conditions use. */
    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, WorkspaceId workspaceId, ClientId clientId,
                                              InvoiceRowFilter filter) {
        query.setParameter("workspace", workspaceId.value()).setParameter("client", clientId.value());
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.payableDueBefore().isPresent() || filter.payableDueFrom().isPresent()) {
            query.setParameter("payable", JpaReceivablesQueries.PAYABLE);
        }
        filter.payableDueBefore().ifPresent(day -> query.setParameter("before", day));
        filter.payableDueFrom().ifPresent(day -> query.setParameter("from", day));
        return query;
    }

    @Override
    public Optional<Invoice> invoice(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId) {
        return invoices.find(workspaceId, invoiceId)
                .filter(invoice -> invoice.clientId().equals(clientId) && invoice.status() != InvoiceStatus.DRAFT);
    }

    @Override
    public List<PaymentSummary> invoicePayments(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Versioned.read("list an invoice's payments", () -> entityManagers.current().createQuery(
                        PAYMENT_ROW + " where p.workspaceId = :workspace and p.id in (select b.paymentId"
                                + " from PaymentAllocation b where b.workspaceId = :workspace"
                                + " and b.invoiceId = :invoice) order by p.receivedOn, p.recordedAt, p.id",
                        Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("invoice", invoiceId.value())
                .getResultStream().map(JpaPortalViewQueries::paymentSummary).toList());
    }

    @Override
    public List<CreditNoteSummary> invoiceCreditNotes(WorkspaceId workspaceId, InvoiceId invoiceId) {
        return Versioned.read("list an invoice's credit notes", () -> entityManagers.current().createQuery(
                        "select n.id, n.number, n.issueDate, n.total, n.currency, n.reason from CreditNote n"
                                + " where n.workspaceId = :workspace and n.invoiceId = :invoice"
                                + " order by n.issueDate, n.number", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("invoice", invoiceId.value())
                .getResultStream()
                .map(row -> new CreditNoteSummary(new CreditNoteId((UUID) row[0]), (String) row[1],
                        (LocalDate) row[2], Money.ofMinor((Long) row[3], CurrencyUnit.of((String) row[4])),
                        (String) row[5]))
                .toList());
    }

    @Override
    public Page<PaymentSummary> payments(WorkspaceId workspaceId, ClientId clientId, int offset, int limit) {
        return Versioned.read("list a client's payments", () -> {
            EntityManager entityManager = entityManagers.current();
            List<PaymentSummary> rows = entityManager.createQuery(PAYMENT_ROW
                            + " where p.workspaceId = :workspace and p.clientId = :client"
                            + " order by p.receivedOn desc, p.recordedAt desc, p.id desc", Object[].class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .setFirstResult(offset).setMaxResults(limit)
                    .getResultStream().map(JpaPortalViewQueries::paymentSummary).toList();
            long total = entityManager.createQuery("select count(p) from Payment p"
                            + " where p.workspaceId = :workspace and p.clientId = :client", Long.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .getSingleResult();
            return new Page<>(rows, offset, limit, total);
        });
    }

    /** One statement over the approvers a pending request still waits for. */
    @Override
    public int approvalsAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return deliverables.approvalsAwaiting(workspaceId, clientId, contact);
    }

    /** One statement over the signers an open agreement still waits for. */
    @Override
    public int signaturesAwaiting(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact) {
        return agreements.signaturesAwaiting(workspaceId, clientId, contact);
    }

    /** One count over the client's quotes awaiting a decision. */
    @Override
    public int quotesAwaiting(WorkspaceId workspaceId, ClientId clientId, LocalDate today) {
        return quotes.quotesAwaiting(workspaceId, clientId, today);
    }

    /** One aggregate over the client's threads and the viewer's read marks. */
    @Override
    public int unreadMessages(WorkspaceId workspaceId, ClientId clientId, String viewerKey) {
        return messages.unreadMessages(workspaceId, clientId, viewerKey);
    }

    private static InvoiceRow invoiceRow(Object[] row) {
        CurrencyUnit currency = CurrencyUnit.of((String) row[7]);
        return new InvoiceRow(new InvoiceId((UUID) row[0]), (String) row[1], InvoiceStatus.valueOf((String) row[2]),
                (LocalDate) row[3], (LocalDate) row[4], Money.ofMinor((Long) row[5], currency),
                Money.ofMinor((Long) row[6], currency));
    }

    private static PaymentSummary paymentSummary(Object[] row) {
        CurrencyUnit currency = CurrencyUnit.of((String) row[3]);
        String numbers = (String) row[7];
        return new PaymentSummary(new PaymentId((UUID) row[0]), (LocalDate) row[1],
                Money.ofMinor((Long) row[2], currency), PaymentMethod.valueOf((String) row[4]),
                PaymentStatus.valueOf((String) row[8]), (String) row[5],
                Money.ofMinor((Long) row[6], currency),
                numbers == null || numbers.isEmpty() ? List.of() : List.of(numbers.split(SEPARATOR, -1)));
    }
}
