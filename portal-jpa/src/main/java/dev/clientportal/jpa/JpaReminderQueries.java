package dev.clientportal.jpa;

import dev.clientportal.core.automation.ReminderCursor;
import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderQueries;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reminder facts in two statements per page, whatever its size: the open amounts from
 * {@code cp_invoice_open_amount} (which every invoice save rewrites), summed per invoice and due date, read in cursor
 * order by a range scan of the index {@code (workspace, client, invoice, due_date, currency, amount)} that starts at
 * the cursor (a row-value comparison; on MariaDB its expansion) and stops after the page, each joined by primary key
 * to its invoice to keep those still open for collection; then the steps logged for the page's amounts, from the
 * log's primary key. No invoice is loaded. The index leads with the cursor's columns, not the due date: the run's
 * window of due dates spans more than a year, so an index led by the due date would sort the whole window again for
 * every page.
 */
final class JpaReminderQueries implements ReminderQueries {

    private static final String OPEN_FOR_COLLECTION = "('" + InvoiceStatus.OPEN.name() + "', '"
            + InvoiceStatus.PARTIALLY_PAID.name() + "')";

    /**
     * PostgreSQL and H2 sort uuids as their text, as the cursor does, and start an index scan at a row value.
     */
    private static final PageSql BY_IDS = amountsSql("o.workspace_id", "o.client_id", "o.invoice_id",
            " and (o.workspace_id, o.client_id, o.invoice_id, o.due_date) > (?3, ?4, ?5, ?6)");

    /**
     * MariaDB's uuid type sorts by its groups in reverse: there the order is on generated columns of each id's 16
     * bytes as written, which sort as the text does and read back as the id. Its optimizer starts a range scan at a
     * cursor spelt out column by column, not at a row value (which it reads as a scan of the index from its start).
     */
    private static final PageSql BY_ID_BYTES = amountsSql("o.workspace_sort", "o.client_sort", "o.invoice_sort",
            " and (o.workspace_sort > " + bytes(3)
                    + " or (o.workspace_sort = " + bytes(3) + " and o.client_sort > " + bytes(4) + ")"
                    + " or (o.workspace_sort = " + bytes(3) + " and o.client_sort = " + bytes(4)
                    + " and o.invoice_sort > " + bytes(5) + ")"
                    + " or (o.workspace_sort = " + bytes(3) + " and o.client_sort = " + bytes(4)
                    + " and o.invoice_sort = " + bytes(5) + " and o.due_date > ?6))");

    private final EntityManagers entityManagers;

    JpaReminderQueries(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public List<ReminderFacts> openAmountsDue(LocalDate dueFrom, LocalDate dueTo, Optional<ReminderCursor> after,
                                              int limit) {
        PortalException.requireField(dueFrom, "dueFrom");
        PortalException.requireField(dueTo, "dueTo");
        PortalException.requireField(after, "after");
        if (limit < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be positive");
        }
        try {
            EntityManager entityManager = entityManagers.current();
            List<Amount> amounts = amounts(entityManager, dueFrom, dueTo, after, limit);
            if (amounts.isEmpty()) {
                return List.of();
            }
            Map<Amount.Key, List<ReminderStep>> logged = logged(entityManager, amounts, dueFrom, dueTo);
            return amounts.stream().map(amount -> new ReminderFacts(new WorkspaceId(amount.key.workspaceId),
                    new ClientId(amount.clientId), new InvoiceId(amount.key.invoiceId), amount.key.dueDate,
                    amount.owed, logged.getOrDefault(amount.key, List.of()))).toList();
        } catch (RuntimeException e) {
            throw Failures.translate(e, "find the amounts due from " + dueFrom + " to " + dueTo);
        }
    }

    /**
     * The page's statement without and with a cursor, ordering by the given columns (which also answer the ids); the
     * cursor's ids are parameters 3 to 5, its due date parameter 6.
     */
    private static PageSql amountsSql(String workspace, String client, String invoice, String afterCursor) {
        String order = workspace + ", " + client + ", " + invoice + ", o.due_date";
        String first = "select " + order + ", o.currency, sum(o.amount)"
                + " from cp_invoice_open_amount o join cp_invoice i on i.id = o.invoice_id"
                + " where o.due_date between ?1 and ?2 and i.status in " + OPEN_FOR_COLLECTION;
        String groupAndOrder = " group by " + order + ", o.currency order by " + order;
        return new PageSql(first + groupAndOrder, first + afterCursor + groupAndOrder);
    }

    /** An id parameter, bound as its text, as the 16 bytes MariaDB's order columns hold. */
    private static String bytes(int parameter) {
        return "unhex(replace(?" + parameter + ", '-', ''))";
    }

    private static List<Amount> amounts(EntityManager entityManager, LocalDate dueFrom, LocalDate dueTo,
                                        Optional<ReminderCursor> after, int limit) {
        boolean idBytes = SqlDialect.of(entityManager) == SqlDialect.MARIADB;
        PageSql sql = idBytes ? BY_ID_BYTES : BY_IDS;
        Query query = entityManager.createNativeQuery(after.isPresent() ? sql.afterCursor : sql.first)
                .setParameter(1, dueFrom)
                .setParameter(2, dueTo)
                .setMaxResults(limit);
        after.ifPresent(cursor -> query
                .setParameter(3, idBytes ? cursor.workspaceId().toString() : cursor.workspaceId().value())
                .setParameter(4, idBytes ? cursor.clientId().toString() : cursor.clientId().value())
                .setParameter(5, idBytes ? cursor.invoiceId().toString() : cursor.invoiceId().value())
                .setParameter(6, cursor.dueDate()));
        List<Amount> amounts = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            amounts.add(new Amount(new Amount.Key(NativeColumns.uuid(row[0]), NativeColumns.uuid(row[2]),
                    NativeColumns.localDate(row[3])), NativeColumns.uuid(row[1]),
                    Money.ofMinor(((Number) row[5]).longValue(), CurrencyUnit.of((String) row[4]))));
        }
        return amounts;
    }

    /** The steps logged for the page's amounts, earliest first, from the log's primary key. */
    private static Map<Amount.Key, List<ReminderStep>> logged(EntityManager entityManager, List<Amount> amounts,
                                                             LocalDate dueFrom, LocalDate dueTo) {
        Set<UUID> workspaces = new LinkedHashSet<>();
        Set<UUID> invoices = new LinkedHashSet<>();
        for (Amount amount : amounts) {
            workspaces.add(amount.key.workspaceId);
            invoices.add(amount.key.invoiceId);
        }
        Map<Amount.Key, List<ReminderStep>> logged = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select l.workspaceId, l.invoiceId, l.dueDate, l.daysFromDue"
                        + " from ReminderLog l where l.workspaceId in :workspaces and l.invoiceId in :invoices"
                        + " and l.dueDate between :from and :to order by l.daysFromDue", Object[].class)
                .setParameter("workspaces", workspaces)
                .setParameter("invoices", invoices)
                .setParameter("from", dueFrom)
                .setParameter("to", dueTo)
                .getResultList();
        for (Object[] row : rows) {
            logged.computeIfAbsent(new Amount.Key((UUID) row[0], (UUID) row[1], (LocalDate) row[2]),
                    key -> new ArrayList<>()).add(ReminderStep.days((Integer) row[3]));
        }
        return logged;
    }

    /** The statement of a first page, and of a page after a cursor. */
    private record PageSql(String first, String afterCursor) {
    }

    /** One amount of a page: an invoice's open amounts due on one day, summed. */
    private record Amount(Key key, UUID clientId, Money owed) {

        /** Invoice ids are unique across workspaces; the workspace is kept so a log row matches in its own only. */
        private record Key(UUID workspaceId, UUID invoiceId, LocalDate dueDate) {
        }
    }
}
