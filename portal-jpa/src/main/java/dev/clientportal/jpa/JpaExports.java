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

/**
 * The export facts as keyset pages: each page is one range scan over an index led by (workspace, day, number or
 * reference) — V86 — with the client's name joined, plus a fixed number of statements whatever the page holds
 * (payments: their allocations and refunds, one statement each; invoices last written before V86: their totals, one
 * statement). Rows are read as columns, never as managed entities, except payments, which are detached.
 */
final class JpaExports implements ExportQueries {

    private static final String INVOICE_COLUMNS = "select x.id, x.number, x.clientId, x.status, x.currency,"
            + " x.issueDate, x.dueDate, x.subtotal, x.discountTotal, x.taxTotal, x.total, x.creditNotesTotal, x.paid,"
            + " x.amountDue, x.closedOn";

    private final EntityManagers entityManagers;

    JpaExports(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public List<InvoiceFacts> invoices(WorkspaceId workspaceId, DocumentQuery query, @Nullable DocumentKey after,
                                       int limit, boolean withContent) {
        String jpql = INVOICE_COLUMNS + (withContent ? ", x.content, x.totals" : "")
                + " from Invoice x where x.workspaceId = :workspace and x.status <> 'DRAFT'" + (query.statuses().isEmpty() ? "" : " and x.status in :statuses")
                + (query.clientId() == null ? "" : " and x.clientId = :client")
                + (query.voidedInPeriod()
                    ? " and x.issueDate <= :to and (x.issueDate >= :from"
                        + " or (x.status = 'VOID' and x.closedOn between :from and :to))"
                    : " and x.issueDate between :from and :to")
                + (after == null ? "" : " and x.issueDate >= :day and (x.issueDate > :day or x.number > :text)")
                + " order by x.issueDate, x.number";
        return Versioned.read("page invoices for an export", () -> {
            EntityManager entityManager = entityManagers.current();
            TypedQuery<Object[]> select = scoped(entityManager.createQuery(jpql, Object[].class), workspaceId, query,
                    after, limit);
            if (!query.statuses().isEmpty()) {
                select.setParameter("statuses", query.statuses().stream().map(Enum::name).toList());
            }
            List<Object[]> rows = select.getResultList();
            Map<UUID, String> legacyTotals = withContent ? Map.of() : legacyTotals(entityManager, rows);
            List<InvoiceFacts> facts = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                facts.add(invoice(row, withContent, legacyTotals));
            }
            return facts;
        });
    }

    /** The totals JSON of the rows last written before V86, whose summary columns are null: one statement. */
    private static Map<UUID, String> legacyTotals(EntityManager entityManager, List<Object[]> rows) {
        List<UUID> legacy = rows.stream().filter(row -> row[9] == null).map(row -> (UUID) row[0]).toList();
        if (legacy.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> totals = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select x.id, x.totals from Invoice x where x.id in :ids",
                Object[].class).setParameter("ids", legacy).getResultList()) {
            totals.put((UUID) row[0], (String) row[1]);
        }
        return totals;
    }

    private static InvoiceFacts invoice(Object[] row, boolean withContent, Map<UUID, String> legacyTotals) {
        UUID id = (UUID) row[0];
        CurrencyUnit currency = CurrencyUnit.of((String) row[4]);
        long total = (Long) row[10];
        DocumentContent content = null;
        DocumentTotals totals = null;
        if (withContent) {
            totals = InvoiceJson.totals(Json.read((String) row[16]), currency, total);
            content = new DocumentContent(InvoiceJson.lines(Json.read((String) row[15]).path("lines"), currency),
                    totals);
        } else if (row[9] == null) {
            totals = InvoiceJson.totals(Json.read(legacyTotals.get(id)), currency, total);
        }
        return new InvoiceFacts(new InvoiceId(id), (String) row[1], new ClientId((UUID) row[2]),
                InvoiceStatus.valueOf((String) row[3]), currency, (LocalDate) row[5], (LocalDate) row[6],
                totals != null ? totals.subtotal().minorUnits() : (Long) row[7],
                totals != null ? totals.discount().minorUnits() : (Long) row[8],
                totals != null ? totals.taxTotal().minorUnits() : (Long) row[9], total, (Long) row[11],
                (Long) row[12], (Long) row[13], (LocalDate) row[14], content);
    }

    @Override
    public Map<ClientId, String> clientNames(WorkspaceId workspaceId, Set<ClientId> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = clientIds.stream().map(ClientId::value).toList();
        return Versioned.read("look up client names for an export", () -> {
            Map<ClientId, String> names = new HashMap<>();
            for (Object[] row : entityManagers.current().createQuery("select c.id, c.name from Client c"
                    + " where c.workspaceId = :workspace and c.id in :ids", Object[].class)
                    .setParameter("workspace", workspaceId.value()).setParameter("ids", ids).getResultList()) {
                names.put(new ClientId((UUID) row[0]), (String) row[1]);
            }
            return names;
        });
    }

    @Override
    public List<CreditNoteFacts> creditNotes(WorkspaceId workspaceId, DocumentQuery query,
                                             @Nullable DocumentKey after, int limit, boolean withLines) {
        String jpql = "select x.id, x.number, x.invoiceNumber, i.status, i.closedOn, x.clientId, c.name, x.issueDate,"
                + " x.currency, x.total, x.totals, x.appliedToInvoice, x.toClientCredit, x.reason"
                + (withLines ? ", x.content" : "")
                + " from CreditNote x, Invoice i, Client c where x.workspaceId = :workspace and i.id = x.invoiceId"
                + " and c.id = x.clientId" + (query.clientId() == null ? "" : " and x.clientId = :client")
                + (query.voidedInPeriod()
                    ? " and x.issueDate <= :to and (x.issueDate >= :from"
                        + " or (i.status = 'VOID' and i.closedOn between :from and :to))"
                    : " and x.issueDate between :from and :to")
                + (after == null ? "" : " and x.issueDate >= :day and (x.issueDate > :day or x.number > :text)")
                + " order by x.issueDate, x.number";
        return Versioned.read("page credit notes for an export", () -> {
            List<CreditNoteFacts> facts = new ArrayList<>();
            for (Object[] row : scoped(entityManagers.current().createQuery(jpql, Object[].class), workspaceId,
                    query, after, limit).getResultList()) {
                CurrencyUnit currency = CurrencyUnit.of((String) row[8]);
                JsonNode content = withLines ? Json.read((String) row[14]) : null;
                facts.add(new CreditNoteFacts(new CreditNoteId((UUID) row[0]), (String) row[1], (String) row[2],
                        InvoiceStatus.valueOf((String) row[3]), (LocalDate) row[4], new ClientId((UUID) row[5]),
                        (String) row[6], (LocalDate) row[7],
                        InvoiceJson.totals(Json.read((String) row[10]), currency, (Long) row[9]), (Long) row[11],
                        (Long) row[12], (String) row[13],
                        content == null ? null : InvoiceJson.lines(content.path("lines"), currency)));
            }
            return facts;
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
        select.setParameter("workspace", workspaceId.value())
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .setMaxResults(limit);
        ClientId client = query.clientId();
        if (client != null) {
            select.setParameter("client", client.value());
        }
        if (after != null) {
            select.setParameter("day", after.day()).setParameter("text", after.text());
        }
        return select;
    }
}
