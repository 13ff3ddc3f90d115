package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.clientview.CreditNoteSummary;
import dev.clientportal.core.clientview.InvoiceDetailFacts;
import dev.clientportal.core.clientview.InvoiceRow;
import dev.clientportal.core.clientview.InvoiceRowFilter;
import dev.clientportal.core.clientview.OpenInvoiceTotals;
import dev.clientportal.core.clientview.Page;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.DueAmount;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.jpa.NativeColumns.localDate;
import static dev.clientportal.jpa.NativeColumns.text;
import static dev.clientportal.jpa.NativeColumns.uuid;

/**
 * The client's views as SELECTs over the billing tables, each a fixed number of statements whatever the client
 * holds: open totals one (GROUP BY currency), open invoices one, a page of invoices two (rows, count), an invoice two
 * (the row, its open amounts), an invoice's payments one and its credit notes one, an invoice's page two (the row,
 * then its open amounts, payments and credit notes in one), a page of payments two (rows, count). A payment's
 * invoice numbers come with its row, aggregated in order by the database ({@code listagg}, which the provider renders
 * as {@code string_agg} or {@code group_concat}), joined by a separator no stored number holds.
 * Drafts never appear; every statement is scoped to the workspace (and client where the port names one).
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

    /**
     * An invoice's children in one statement: a {@code UNION ALL} whose branches share ten columns, typed in the first
     * (PostgreSQL matches a union's types left to right): kind, id, text, second text, status, day, two amounts,
     * position in the list, currency. Open amounts ({@code O}), payments ({@code P}) and their allocations
     * ({@code A}) by ordinal, credit notes ({@code N}); every branch scoped to the workspace, the same SELECTs as
     * {@link #invoicePayments} and {@link #invoiceCreditNotes}.
     */
    private static final String INVOICE_CHILDREN = "select 'P', p.id, p.reference, p.method, p.status, p.received_on,"
            + " p.amount, p.refunded, row_number() over (order by p.received_on, p.recorded_at, p.id), p.currency"
            + " from cp_payment p where p.workspace_id = ?1 and p.id in (select b.payment_id"
            + " from cp_payment_allocation b where b.workspace_id = ?1 and b.invoice_id = ?2)"
            + " union all select 'A', a.payment_id, a.invoice_number, null, null, null, null, null, a.ordinal, null"
            + " from cp_payment_allocation a where a.workspace_id = ?1 and a.payment_id in (select b.payment_id"
            + " from cp_payment_allocation b where b.workspace_id = ?1 and b.invoice_id = ?2)"
            + " union all select 'N', n.id, n.number, n.reason, null, n.issue_date, n.total, null,"
            + " row_number() over (order by n.issue_date, n.number), n.currency"
            + " from cp_credit_note n where n.workspace_id = ?1 and n.invoice_id = ?2"
            + " union all select 'O', null, null, null, null, o.due_date, o.amount, null, o.ordinal, o.currency"
            + " from cp_invoice_open_amount o where o.workspace_id = ?1 and o.invoice_id = ?2";
    /** Rows of a list by their position: the union keeps no order of its own. */
    private static final Comparator<Object[]> IN_ORDER = Comparator.comparingLong(row -> ((Number) row[8]).longValue());

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

    /**
     * Two statements: the invoice's row, then one {@code UNION ALL} of its open amounts, payments (numbered in their
     * order), those payments' allocations and its credit notes (numbered in theirs), tagged by a kind column; the
     * pair is read again as {@link JpaInvoices#find} reads it when a commit came between them.
     */
    @Override
    public Optional<InvoiceDetailFacts> invoiceDetail(WorkspaceId workspaceId, ClientId clientId,
                                                      InvoiceId invoiceId) {
        return Versioned.read("read an invoice's page facts", () -> {
            EntityManager entityManager = entityManagers.current();
            InvoiceEntity row = entityManager.find(InvoiceEntity.class, invoiceId.value());
            if (row == null || !row.workspaceId.equals(workspaceId.value()) || !row.clientId.equals(clientId.value())
                    || InvoiceStatus.DRAFT.name().equals(row.status)) {
                return Optional.empty();
            }
            return Optional.of(Versioned.consistently(entityManager, List.of(row), rows -> List.of(
                    detailFacts(rows.get(0), entityManager.createNativeQuery(INVOICE_CHILDREN)
                            .setParameter(1, workspaceId.value())
                            .setParameter(2, invoiceId.value())
                            .getResultList()))).get(0));
        });
    }

    /** The facts from the invoice's row and its tagged child rows; throws as {@link JpaInvoices} does on a mismatch. */
    private static InvoiceDetailFacts detailFacts(InvoiceEntity row, List<?> children) {
        List<Object[]> open = new ArrayList<>();
        List<Object[]> payments = new ArrayList<>();
        Map<UUID, List<Object[]>> allocations = new HashMap<>();
        List<Object[]> creditNotes = new ArrayList<>();
        for (Object child : children) {
            Object[] columns = (Object[]) child;
            switch (String.valueOf(columns[0])) {
                case "O" -> open.add(columns);
                case "P" -> payments.add(columns);
                case "A" -> allocations.computeIfAbsent(uuid(columns[1]), id -> new ArrayList<>()).add(columns);
                case "N" -> creditNotes.add(columns);
                default -> throw new IllegalStateException("unknown invoice page row: " + columns[0]);
            }
        }
        open.sort(IN_ORDER);
        payments.sort(IN_ORDER);
        creditNotes.sort(IN_ORDER);
        Invoice invoice = row.toInvoice(!row.keepsOpenAmounts() ? List.of() : open.stream()
                .map(columns -> new DueAmount(localDate(columns[5]), money(columns[6], columns[9]))).toList());
        return new InvoiceDetailFacts(invoice, payments.stream().map(columns -> new PaymentSummary(
                        new PaymentId(uuid(columns[1])), localDate(columns[5]), money(columns[6], columns[9]),
                        PaymentMethod.valueOf(text(columns[3])), PaymentStatus.valueOf(text(columns[4])),
                        text(columns[2]), money(columns[7], columns[9]),
                        allocations.getOrDefault(uuid(columns[1]), List.of()).stream().sorted(IN_ORDER)
                                .map(allocation -> text(allocation[2])).toList()))
                .toList(),
                creditNotes.stream().map(columns -> new CreditNoteSummary(new CreditNoteId(uuid(columns[1])),
                        text(columns[2]), localDate(columns[5]), money(columns[6], columns[9]), text(columns[3])))
                        .toList());
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

    private static Money money(Object minor, Object currency) {
        return Money.ofMinor(((Number) minor).longValue(), CurrencyUnit.of(text(currency)));
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
