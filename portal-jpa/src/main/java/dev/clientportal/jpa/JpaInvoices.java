package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.nio.ByteBuffer;
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

    /** The most ids one statement names. */
    private static final int CHUNK = 1_000;

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
     * Saves a batch as {@link #save} saves each: the rows to update are locked and their versions and open-amount
     * counts read in one statement per {@value #CHUNK} invoices (a locking read, so the latest committed values on
     * MariaDB too), every version checked before anything is written, and the writes flushed once, so that the
     * provider sends same-shaped statements as JDBC batches ({@code hibernate.jdbc.batch_size}).
     */
    @Override
    public List<Invoice> saveAll(List<Invoice> invoices) {
        if (invoices.size() <= 1) {
            return invoices.stream().map(this::save).toList();
        }
        EntityManager entityManager = entityManagers.current();
        try {
            List<UUID> updated = invoices.stream().filter(invoice -> invoice.version() != 0)
                    .map(invoice -> invoice.id().value()).toList();
            Map<UUID, long[]> stored = lockedVersions(entityManager, updated);
            Map<UUID, InvoiceEntity> rows = new HashMap<>();
            for (int from = 0; from < updated.size(); from += CHUNK) {
                entityManager.createQuery("select i from Invoice i where i.id in :ids", InvoiceEntity.class)
                        .setParameter("ids", updated.subList(from, Math.min(updated.size(), from + CHUNK)))
                        .getResultList().forEach(row -> rows.put(row.id, row));
            }
            List<Invoice> saved = new ArrayList<>(invoices.size());
            List<InvoiceOpenAmountEntity> inserted = new ArrayList<>();
            for (Invoice invoice : invoices) {
                if (invoice.version() == 0) {
                    InvoiceEntity entity = InvoiceEntity.of(invoice);
                    entityManager.persist(entity);
                    inserted.addAll(newOpenAmounts(entityManager, entity, invoice.openAmounts(), 0));
                    saved.add(invoice.withVersion(entity.version));
                    continue;
                }
                long[] versionAndCount = stored.get(invoice.id().value());
                InvoiceEntity entity = rows.get(invoice.id().value());
                if (versionAndCount == null || entity == null || versionAndCount[0] != invoice.version()) {
                    throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "invoice " + invoice.id()
                            + " was changed by someone else (expected version " + invoice.version() + ", found "
                            + (versionAndCount == null ? "none" : versionAndCount[0]) + "); load it again and retry");
                }
                entity.copy(invoice);
                entity.version = invoice.version() + 1;
                int storedCount = (int) versionAndCount[1];
                rewriteOpenAmounts(entityManager, entity, invoice.openAmounts(), storedCount);
                inserted.addAll(newOpenAmounts(entityManager, entity, invoice.openAmounts(), storedCount));
                saved.add(invoice.withVersion(entity.version));
            }
            entityManager.flush();
            inserted.forEach(entityManager::detach);
            return saved;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "save " + invoices.size() + " invoices");
        }
    }

    /** The stored version and open-amount count of each row, read under its write lock; missing rows left out. */
    private static Map<UUID, long[]> lockedVersions(EntityManager entityManager, List<UUID> ids) {
        Map<UUID, long[]> stored = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<?> rows = entityManager.createNativeQuery("select id, version, open_amount_count from cp_invoice"
                            + " where id in (?1) for update")
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                stored.put(uuid(columns[0]), new long[] {((Number) columns[1]).longValue(), ((Number) columns[2]).longValue()});
            }
        }
        return stored;
    }

    /** A uuid column as the driver returns it: a {@code UUID} (PostgreSQL), 16 bytes (H2) or its text (MariaDB). */
    private static UUID uuid(Object column) {
        if (column instanceof UUID uuid) {
            return uuid;
        }
        if (column instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(column.toString());
    }

    /**
     * Brings the open-amount rows from the {@code stored} ones (counted on the invoice row, read under its lock) to
     * {@code open}: rows that stay are updated, rows beyond the new count deleted, new ones inserted, each by its
     * exact key. Neither statement ever touches a missing key, so none takes a gap lock on MariaDB.
     */
    private static void writeOpenAmounts(EntityManager entityManager, InvoiceEntity entity, List<DueAmount> open,
                                         int stored) {
        rewriteOpenAmounts(entityManager, entity, open, stored);
        List<InvoiceOpenAmountEntity> inserted = newOpenAmounts(entityManager, entity, open, stored);
        if (!inserted.isEmpty()) {
            entityManager.flush();
            // rows are written by exact-key statements from now on: keep none of them managed
            inserted.forEach(entityManager::detach);
        }
    }

    /** Updates the stored rows that stay and deletes those beyond the new count, each by its exact key. */
    private static void rewriteOpenAmounts(EntityManager entityManager, InvoiceEntity entity, List<DueAmount> open,
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
    }

    /** Persists the rows beyond the stored count, unflushed; the caller flushes and then detaches them. */
    private static List<InvoiceOpenAmountEntity> newOpenAmounts(EntityManager entityManager, InvoiceEntity entity,
                                                               List<DueAmount> open, int stored) {
        List<InvoiceOpenAmountEntity> inserted = new ArrayList<>();
        for (int ordinal = stored; ordinal < open.size(); ordinal++) {
            InvoiceOpenAmountEntity row = new InvoiceOpenAmountEntity(entity, ordinal, open.get(ordinal).dueDate(),
                    open.get(ordinal).amount().minorUnits());
            entityManager.persist(row);
            inserted.add(row);
        }
        return inserted;
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
    public List<Invoice> findAll(WorkspaceId workspaceId, Collection<InvoiceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> wanted = ids.stream().map(InvoiceId::value).distinct().toList();
        return Versioned.read("find invoices", () -> {
            EntityManager entityManager = entityManagers.current();
            List<InvoiceEntity> rows = new ArrayList<>(wanted.size());
            // by primary key alone, the workspace checked here: with the workspace in the query, a planner may scan
            // the workspace's invoices by a workspace index instead of looking the ids up
            for (int from = 0; from < wanted.size(); from += CHUNK) {
                entityManager.createQuery("select i from Invoice i where i.id in :ids", InvoiceEntity.class)
                        .setParameter("ids", wanted.subList(from, Math.min(wanted.size(), from + CHUNK)))
                        .getResultList().stream()
                        .filter(row -> row.workspaceId.equals(workspaceId.value()))
                        .forEach(rows::add);
            }
            return invoices(entityManager, rows);
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
                .filter(InvoiceEntity::keepsOpenAmounts)
                .map(invoice -> invoice.id).toList();
        Map<UUID, List<DueAmount>> open = new HashMap<>();
        if (ids.isEmpty()) {
            return open;
        }
        // one invoice (a page, a payment) by equality: a list parameter makes the provider translate the query
        // again on every execution, which was the costliest part of reading one invoice
        List<InvoiceOpenAmountEntity> rows = ids.size() == 1
                ? entityManager.createQuery("select o from InvoiceOpenAmount o where o.invoiceId = :id"
                        + " order by o.ordinal", InvoiceOpenAmountEntity.class)
                .setParameter("id", ids.get(0)).getResultList()
                : entityManager.createQuery("select o from InvoiceOpenAmount o"
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
