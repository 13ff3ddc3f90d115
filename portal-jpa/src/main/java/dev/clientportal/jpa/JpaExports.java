package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.invoice.CreditNoteId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.pricing.DocumentTotals;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The export facts. Invoices and credit notes: one statement each, the client's name joined, streamed with a fetch
 * size inside the caller's read-only transaction, no other statement while it runs (invoices last written before V86
 * bring their totals JSON in the same row). Payments, refunds and clients: keyset pages, each one range scan over an
 * index led by (workspace, day, reference) — V86 — plus a fixed number of statements whatever the page holds
 * (payments: their allocations and refunds, one statement each). Rows are read as columns, never as managed entities,
 * except payments and refunds, which are detached.
 */
final class JpaExports implements ExportQueries {

    private static final String INVOICE_COLUMNS = "select x.id, x.number, x.clientId, x.status, x.currency,"
            + " x.issueDate, x.dueDate, x.subtotal, x.discountTotal, x.taxTotal, x.total, x.creditNotesTotal, x.paid,"
            + " x.amountDue, x.closedOn";

    /** Hibernate's hint for the JDBC fetch size, by name so that main code needs only the JPA API. */
    private static final String FETCH_SIZE = "org.hibernate.fetchSize";

    /** Hibernate's hint that the rows are read only (nothing is kept for dirty checking). */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    /** The days a date literal can name (four-digit years); a period reaching beyond is cut to them. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final EntityManagers entityManagers;

    JpaExports(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public void invoices(WorkspaceId workspaceId, DocumentQuery query, boolean withContent, int fetchSize,
                         Consumer<? super InvoiceFacts> each) {
        // rows last written before V86 have no summary columns: their totals come in the same row, not a side query
        String jpql = INVOICE_COLUMNS + ", c.name"
                + (withContent ? ", x.content, x.totals" : ", case when x.taxTotal is null then x.totals end")
                + " from Invoice x, Client c where x.workspaceId = :workspace and x.status <> 'DRAFT'"
                + " and c.id = x.clientId and c.workspaceId = :workspace"
                + (query.statuses().isEmpty() ? "" : " and x.status in :statuses")
                + (query.clientId() == null ? "" : " and x.clientId = :client")
                + period(query.voidedInPeriod()
                    ? " and x.issueDate <= :to and (x.issueDate >= :from"
                        + " or (x.status = 'VOID' and x.closedOn between :from and :to))"
                    : " and x.issueDate between :from and :to", query)
                + " order by x.issueDate, x.number";
        stream("stream invoices for an export", jpql, workspaceId, query, fetchSize, select -> {
            if (!query.statuses().isEmpty()) {
                select.setParameter("statuses", query.statuses().stream().map(Enum::name).toList());
            }
        }, row -> each.accept(invoice(row, withContent)));
    }

    private static InvoiceFacts invoice(Object[] row, boolean withContent) {
        CurrencyUnit currency = CurrencyUnit.of((String) row[4]);
        long total = (Long) row[10];
        DocumentContent content = null;
        DocumentTotals totals = null;
        if (withContent) {
            totals = InvoiceJson.totals(Json.read((String) row[17]), currency, total);
            content = new DocumentContent(InvoiceJson.lines(Json.read((String) row[16]).path("lines"), currency),
                    totals);
        } else if (row[9] == null) {
            totals = InvoiceJson.totals(Json.read((String) row[16]), currency, total);
        }
        return new InvoiceFacts(new InvoiceId((UUID) row[0]), (String) row[1], new ClientId((UUID) row[2]),
                (String) row[15], InvoiceStatus.valueOf((String) row[3]), currency, (LocalDate) row[5],
                (LocalDate) row[6], totals != null ? totals.subtotal().minorUnits() : (Long) row[7],
                totals != null ? totals.discount().minorUnits() : (Long) row[8],
                totals != null ? totals.taxTotal().minorUnits() : (Long) row[9], total, (Long) row[11],
                (Long) row[12], (Long) row[13], (LocalDate) row[14], content);
    }

    @Override
    public void creditNotes(WorkspaceId workspaceId, DocumentQuery query, boolean withLines, int fetchSize,
                            Consumer<? super CreditNoteFacts> each) {
        String jpql = "select x.id, x.number, x.invoiceNumber, i.status, i.closedOn, x.clientId, c.name, x.issueDate,"
                + " x.currency, x.total, x.totals, x.appliedToInvoice, x.toClientCredit, x.reason"
                + (withLines ? ", x.content" : "")
                + " from CreditNote x, Invoice i, Client c where x.workspaceId = :workspace and i.id = x.invoiceId"
                + " and c.id = x.clientId" + (query.clientId() == null ? "" : " and x.clientId = :client")
                + period(query.voidedInPeriod()
                    ? " and x.issueDate <= :to and (x.issueDate >= :from"
                        + " or (i.status = 'VOID' and i.closedOn between :from and :to))"
                    : " and x.issueDate between :from and :to", query)
                + " order by x.issueDate, x.number";
        stream("stream credit notes for an export", jpql, workspaceId, query, fetchSize, select -> { }, row -> {
            CurrencyUnit currency = CurrencyUnit.of((String) row[8]);
            JsonNode content = withLines ? Json.read((String) row[14]) : null;
            each.accept(new CreditNoteFacts(new CreditNoteId((UUID) row[0]), (String) row[1], (String) row[2],
                    InvoiceStatus.valueOf((String) row[3]), (LocalDate) row[4], new ClientId((UUID) row[5]),
                    (String) row[6], (LocalDate) row[7],
                    InvoiceJson.totals(Json.read((String) row[10]), currency, (Long) row[9]), (Long) row[11],
                    (Long) row[12], (String) row[13],
                    content == null ? null : InvoiceJson.lines(content.path("lines"), currency)));
        });
    }

    /**
     * The period's conditions with its days written as date literals rather than parameters. A server-side prepared
     * statement (PostgreSQL's driver prepares one from a statement's fifth run) is soon planned once for any period,
     * and such a plan guesses that a range of days holds a two-hundredth of the rows: it reads a whole workspace
     * through the (workspace, day, number) index, one heap page per row, three times slower than a scan and a sort.
     * With the days in the text the plan is made for the real period. The days are {@link LocalDate}s, so the text
     * holds digits and dashes only.
     */
    private static String period(String conditions, DocumentQuery query) {
        return conditions.replace(":from", literal(query.from())).replace(":to", literal(query.to()));
    }

    private static String literal(LocalDate day) {
        LocalDate kept = day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
        return "{d '" + kept + "'}";
    }

    /**
     * Runs one statement of a period's documents and hands each row over as the driver fetches it, in the caller's
     * read-only transaction (PostgreSQL's driver streams only with autocommit off and a fetch size; MariaDB's streams
     * with a fetch size, and buffers the rest if another statement runs meanwhile, which nothing here does).
     */
    private void stream(String action, String jpql, WorkspaceId workspaceId, DocumentQuery query, int fetchSize,
                        Consumer<TypedQuery<Object[]>> parameters, Consumer<Object[]> each) {
        Versioned.read(action, () -> {
            TypedQuery<Object[]> select = ofClient(entityManagers.current().createQuery(jpql, Object[].class),
                    workspaceId, query)
                    .setHint(FETCH_SIZE, fetchSize)
                    .setHint(READ_ONLY, true);
            parameters.accept(select);
            try (Stream<Object[]> rows = select.getResultStream()) {
                rows.forEach(each);
            }
            return fetchSize;
        });
    }

    @Override
    public List<PaymentFacts> payments(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after,
                                       int limit) {
        String jpql = "select x, c.name from Payment x, Client c where x.workspaceId = :workspace"
                + " and c.id = x.clientId" + (query.clientId() == null ? "" : " and x.clientId = :client")
                + " and x.receivedOn between :from and :to"
                + (after == null ? "" : " and x.receivedOn >= :day and (x.receivedOn > :day or x.reference > :text)")
                + " order by x.receivedOn, x.reference";
        return Versioned.read("page payments for an export", () -> {
            EntityManager entityManager = entityManagers.current();
            List<Object[]> rows = scoped(entityManager.createQuery(jpql, Object[].class), workspaceId, query, after,
                    limit).getResultList();
            List<PaymentEntity> entities = new ArrayList<>(rows.size());
            Map<UUID, String> names = new HashMap<>();
            for (Object[] row : rows) {
                PaymentEntity entity = (PaymentEntity) row[0];
                entities.add(entity);
                names.put(entity.clientId, (String) row[1]);
            }
            // read while the rows are managed: a read that met a concurrent commit refreshes them and reads again
            List<Payment> payments = JpaPayments.payments(entityManager, entities);
            entities.forEach(entityManager::detach);
            List<PaymentFacts> facts = new ArrayList<>(payments.size());
            for (Payment payment : payments) {
                facts.add(new PaymentFacts(payment, names.getOrDefault(payment.clientId().value(), "")));
            }
            return facts;
        });
    }

    @Override
    public List<RefundFacts> refunds(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after,
                                     int limit) {
        String jpql = "select x, p.reference, c.name from PaymentRefund x, Payment p, Client c"
                + " where x.workspaceId = :workspace and p.id = x.paymentId and c.id = x.clientId"
                + (query.clientId() == null ? "" : " and x.clientId = :client")
                + " and x.refundedOn between :from and :to"
                + (after == null ? "" : " and x.refundedOn >= :day and (x.refundedOn > :day or x.reference > :text)")
                + " order by x.refundedOn, x.reference";
        return Versioned.read("page refunds for an export", () -> {
            EntityManager entityManager = entityManagers.current();
            List<RefundFacts> facts = new ArrayList<>();
            for (Object[] row : scoped(entityManager.createQuery(jpql, Object[].class), workspaceId, query, after,
                    limit).getResultList()) {
                PaymentRefundEntity entity = (PaymentRefundEntity) row[0];
                entityManager.detach(entity);
                facts.add(new RefundFacts(entity.toRefund(), new dev.clientportal.core.payment.PaymentId(
                        entity.paymentId), (String) row[1], new ClientId(entity.clientId), (String) row[2]));
            }
            return facts;
        });
    }

    @Override
    public List<Client> clients(WorkspaceId workspaceId, @Nullable ClientId after, int limit) {
        return Versioned.read("page clients for an export", () -> {
            EntityManager entityManager = entityManagers.current();
            TypedQuery<ClientEntity> select = entityManager.createQuery("select c from Client c"
                            + " where c.workspaceId = :workspace" + (after == null ? "" : " and c.id > :after")
                            + " order by c.id", ClientEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setMaxResults(limit);
            if (after != null) {
                select.setParameter("after", after.value());
            }
            List<Client> clients = new ArrayList<>();
            for (ClientEntity entity : select.getResultList()) {
                entityManager.detach(entity);
                clients.add(entity.toClient());
            }
            return clients;
        });
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> select, WorkspaceId workspaceId, DocumentQuery query,
                                            @Nullable DocumentKey after, int limit) {
        ofClient(select, workspaceId, query).setParameter("from", query.from()).setParameter("to", query.to())
                .setMaxResults(limit);
        if (after != null) {
            select.setParameter("day", after.day()).setParameter("text", after.text());
        }
        return select;
    }

    private static <T> TypedQuery<T> ofClient(TypedQuery<T> select, WorkspaceId workspaceId, DocumentQuery query) {
        select.setParameter("workspace", workspaceId.value());
        ClientId client = query.clientId();
        if (client != null) {
            select.setParameter("client", client.value());
        }
        return select;
    }
}
