package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices in {@code cp_invoice} with their open amounts in {@code cp_invoice_open_amount}, written on every save.
 * The invoice number is unique per workspace ({@code cp_invoice_number_uk}: a taken number is
 * {@link dev.clientportal.core.kernel.ErrorCode#DUPLICATE_KEY}). A page of invoices is two statements: the rows,
 * then the open amounts of all of them.
 */
final class JpaInvoices implements InvoiceRepository {

    private static final List<String> PAYABLE = List.of(InvoiceStatus.OPEN.name(),
            InvoiceStatus.PARTIALLY_PAID.name(), InvoiceStatus.UNCOLLECTIBLE.name());

    private final EntityManagers entityManagers;

    JpaInvoices(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Invoice save(Invoice invoice) {
        EntityManager entityManager = entityManagers.current();
        int[] storedOpenAmounts = {0};
        return Versioned.save(entityManager, InvoiceEntity.class, invoice.id().value(), invoice.version(), "invoice",
                () -> InvoiceEntity.of(invoice), entity -> {
                    storedOpenAmounts[0] = entity.openAmountCount;
                    entity.copy(invoice);
                }, entity -> entity.version, (entity, next) -> entity.version = next, entity -> {
                    writeOpenAmounts(entityManager, entity, invoice.openAmounts(), storedOpenAmounts[0]);
                    return invoice.withVersion(entity.version);
                });
    }

    /**
     * Brings the open-amount rows from the {@code stored} ones (counted on the invoice row, read under its lock) to
     * {@code open}: rows that stay are updated, rows beyond the new count deleted, new ones inserted, each by its
     * exact key. Neither statement ever touches a missing key, so none takes a gap lock on MariaDB.
     */
    private static void writeOpenAmounts(EntityManager entityManager, InvoiceEntity entity, List<DueAmount> open,
                                         int stored) {
        for (int ordinal = 0; ordinal < Math.min(stored, open.size()); ordinal++) {
            entityManager.createQuery("update InvoiceOpenAmount o set o.dueDate = :due, o.amount = :amount,"
                            + " o.clientId = :client, o.currency = :currency"
                            + " where o.invoiceId = :invoice and o.ordinal = :ordinal")
                    .setParameter("due", open.get(ordinal).dueDate())
                    .setParameter("amount", open.get(ordinal).amount().minorUnits())
                    .setParameter("client", entity.clientId)
                    .setParameter("currency", entity.currency)
                    .setParameter("invoice", entity.id)
                    .setParameter("ordinal", ordinal)
                    .executeUpdate();
        }
        for (int ordinal = open.size(); ordinal < stored; ordinal++) {
            entityManager.createQuery("delete from InvoiceOpenAmount o"
                            + " where o.invoiceId = :invoice and o.ordinal = :ordinal")
                    .setParameter("invoice", entity.id)
                    .setParameter("ordinal", ordinal)
                    .executeUpdate();
        }
        List<InvoiceOpenAmountEntity> inserted = new ArrayList<>();
        for (int ordinal = stored; ordinal < open.size(); ordinal++) {
            InvoiceOpenAmountEntity row = new InvoiceOpenAmountEntity(entity, ordinal, open.get(ordinal).dueDate(),
                    open.get(ordinal).amount().minorUnits());
            entityManager.persist(row);
            inserted.add(row);
        }
        if (!inserted.isEmpty()) {
            entityManager.flush();
            // rows are written by exact-key statements from now on: keep none of them managed
            inserted.forEach(entityManager::detach);
        }
    }

    @Override
    public Optional<Invoice> find(WorkspaceId workspaceId, InvoiceId id) {
        return Versioned.read("find an invoice", () -> {
            EntityManager entityManager = entityManagers.current();
            InvoiceEntity entity = entityManager.find(InvoiceEntity.class, id.value());
            if (entity == null || !entity.workspaceId.equals(workspaceId.value())) {
                return Optional.empty();
            }
            return Optional.of(invoices(entityManager, List.of(entity)).get(0));
        });
    }

    @Override
    public List<Invoice> list(WorkspaceId workspaceId, InvoiceFilter filter, int offset, int limit) {
        return Versioned.read("list invoices", () -> {
            StringBuilder jpql = new StringBuilder("select i from Invoice i where i.workspaceId = :workspace");
            filter.clientId().ifPresent(client -> jpql.append(" and i.clientId = :client"));
            if (!filter.statuses().isEmpty()) {
                jpql.append(" and i.status in :statuses");
            }
            jpql.append(" order by i.createdAt desc, i.id desc");
            EntityManager entityManager = entityManagers.current();
            TypedQuery<InvoiceEntity> query = entityManager.createQuery(jpql.toString(), InvoiceEntity.class)
                    .setParameter("workspace", workspaceId.value());
            filter.clientId().ifPresent(client -> query.setParameter("client", client.value()));
            if (!filter.statuses().isEmpty()) {
                query.setParameter("statuses", filter.statuses().stream().map(Enum::name).toList());
            }
            return invoices(entityManager, query.setFirstResult(offset).setMaxResults(limit).getResultList());
        });
    }

    @Override
    public List<Invoice> payable(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency) {
        return Versioned.read("list payable invoices", () -> {
            EntityManager entityManager = entityManagers.current();
            return invoices(entityManager, entityManager.createQuery("select i from Invoice i"
                            + " where i.workspaceId = :workspace and i.clientId = :client and i.currency = :currency"
                            + " and i.status in :payable and i.amountDue > 0"
                            + " order by i.nextDueDate, i.number", InvoiceEntity.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("client", clientId.value())
                    .setParameter("currency", currency.code())
                    .setParameter("payable", PAYABLE)
                    .getResultList());
        });
    }

    @Override
    public void deleteDraft(WorkspaceId workspaceId, InvoiceId id) {
        try {
            EntityManager entityManager = entityManagers.current();
            InvoiceEntity entity = entityManager.find(InvoiceEntity.class, id.value());
            if (entity != null && entity.workspaceId.equals(workspaceId.value())
                    && InvoiceStatus.DRAFT.name().equals(entity.status)) {
                entityManager.remove(entity);
                entityManager.flush();
            }
        } catch (RuntimeException e) {
            throw Failures.translate(e, "delete draft invoice " + id);
        }
    }

    /** The invoices of some rows with their open amounts, the pair read again if a commit came between them. */
    private static List<Invoice> invoices(EntityManager entityManager, List<InvoiceEntity> rows) {
        return Versioned.consistently(entityManager, rows, read -> {
            Map<UUID, List<DueAmount>> open = openAmounts(entityManager, read);
            return read.stream().map(row -> row.toInvoice(open.getOrDefault(row.id, List.of()))).toList();
        });
    }

    /** The open amounts of some invoices in one statement, in their order, by invoice id. */
    private static Map<UUID, List<DueAmount>> openAmounts(EntityManager entityManager,
                                                          Collection<InvoiceEntity> invoices) {
        List<UUID> ids = invoices.stream()
                .filter(invoice -> InvoiceStatus.valueOf(invoice.status).isPayable() && invoice.amountDue > 0)
                .map(invoice -> invoice.id).toList();
        Map<UUID, List<DueAmount>> open = new HashMap<>();
        if (ids.isEmpty()) {
            return open;
        }
        List<InvoiceOpenAmountEntity> rows = entityManager.createQuery("select o from InvoiceOpenAmount o"
                        + " where o.invoiceId in :ids order by o.invoiceId, o.ordinal", InvoiceOpenAmountEntity.class)
                .setParameter("ids", ids).getResultList();
        for (InvoiceOpenAmountEntity row : rows) {
            entityManager.detach(row);
            open.computeIfAbsent(row.invoiceId, invoice -> new ArrayList<>())
                    .add(new DueAmount(row.dueDate, Money.ofMinor(row.amount, CurrencyUnit.of(row.currency))));
        }
        return open;
    }
}
