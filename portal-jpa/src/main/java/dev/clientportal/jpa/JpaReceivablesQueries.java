package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.receivables.Movement;
import dev.clientportal.core.receivables.OpenAmount;
import dev.clientportal.core.receivables.OpenAmountSum;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.receivables.StatementLine.Kind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The receivables facts as SELECTs over {@code cp_invoice}, {@code cp_invoice_open_amount}, {@code cp_late_fee}, {@code cp_credit_note},
 * {@code cp_payment} and {@code cp_payment_refund}: rows of stored columns, sums and distinct values computed by the
 * database, never by loading aggregates. Each method runs a fixed number of statements: open amounts one, their sums one, movements
 * five (invoices with their voids, late fees in force, credit notes, payments, refunds), receipts two, credit sales one, currencies two.
 */
final class JpaReceivablesQueries implements ReceivablesQueries {

    /** Invoices that still owe something (the open amounts are kept for these). */
    static final List<String> PAYABLE = names(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.UNCOLLECTIBLE);
    /** Invoices that are sales: issued and not void. */
    private static final List<String> SALES = names(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.PAID, InvoiceStatus.UNCOLLECTIBLE);
    /** Payments whose money arrived (whatever was refunded since). */
    static final List<String> RECEIVED = Arrays.stream(PaymentStatus.values()).filter(PaymentStatus::isReceived)
            .map(Enum::name).toList();

    private final EntityManagers entityManagers;

    JpaReceivablesQueries(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public List<OpenAmount> openAmounts(WorkspaceId workspaceId) {
        return Versioned.read("list open amounts", () -> entityManagers.current().createQuery(
                        "select o.invoiceId, o.clientId, c.name, i.status, o.dueDate, o.amount, o.currency"
                                + " from InvoiceOpenAmount o, Invoice i, Client c"
                                + " where o.workspaceId = :workspace and i.id = o.invoiceId and c.id = o.clientId"
                                + " and i.status in :payable", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("payable", PAYABLE)
                .getResultStream()
                .map(row -> new OpenAmount(new InvoiceId((UUID) row[0]), new ClientId((UUID) row[1]), (String) row[2],
                        InvoiceStatus.valueOf((String) row[3]), (LocalDate) row[4],
                        Money.ofMinor((Long) row[5], CurrencyUnit.of((String) row[6]))))
                .toList());
    }

    /**
     * One {@code GROUP BY} over the open amounts per client and currency, with one conditional {@code SUM} per
     * period: each period is a range of due dates written as date literals (dates, never text from a caller). The
     * store answers one row per client and currency rather than one per period, so the report reads fewer rows; each
     * is mapped as it is read, so no list of the provider's rows is kept beside the facts.
     */
    @Override
    public List<OpenAmountSum> openAmountSums(WorkspaceId workspaceId, Set<InvoiceStatus> statuses,
                                              List<LocalDate> periodStarts) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select o.clientId, c.name, o.currency");
        for (int period = 0; period <= periodStarts.size(); period++) {
            jpql.append(", sum(").append(dueIn(periodStarts, period)).append(")");
        }
        jpql.append(" from InvoiceOpenAmount o, Invoice i, Client c"
                + " where o.workspaceId = :workspace and i.id = o.invoiceId and c.id = o.clientId"
                + " and i.status in :statuses group by o.clientId, c.name, o.currency");
        int periods = periodStarts.size() + 1;
        // per currency code its unit and its zero: most of a client's periods sum to nothing, and one zero per
        // currency serves them all (a million-invoice workspace answers about a hundred thousand rows)
        Map<String, Money> zeros = new HashMap<>();
        return Versioned.read("sum open amounts", () -> {
            try (Stream<Object[]> rows = entityManagers.current().createQuery(jpql.toString(), Object[].class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("statuses", statuses.stream().map(Enum::name).toList())
                    .getResultStream()) {
                return rows.map(row -> {
                    Money zero = zeros.computeIfAbsent((String) row[2], code -> Money.zero(CurrencyUnit.of(code)));
                    Money[] sums = new Money[periods];
                    for (int period = 0; period < periods; period++) {
                        long sum = exactLong(row[3 + period]);
                        sums[period] = sum == 0 ? zero : Money.ofMinor(sum, zero.currency());
                    }
                    // List.of: the fact keeps it as it is instead of copying it
                    return new OpenAmountSum(new ClientId((UUID) row[0]), (String) row[1], zero.currency(),
                            List.of(sums));
                }).toList();
            }
        });
    }

    /** The open amount when its due date falls in {@code period} of {@code periodStarts}, else zero. */
    private static String dueIn(List<LocalDate> periodStarts, int period) {
        List<String> bounds = new ArrayList<>(2);
        if (period > 0) {
            bounds.add("o.dueDate < " + dateLiteral(periodStarts.get(period - 1)));
        }
        if (period < periodStarts.size()) {
            bounds.add("o.dueDate >= " + dateLiteral(periodStarts.get(period)));
        }
        return bounds.isEmpty() ? "o.amount"
                : "case when " + String.join(" and ", bounds) + " then o.amount else 0 end";
    }

    private static String dateLiteral(LocalDate date) {
        return "{d '" + date + "'}";
    }

    /** A sum as the provider reads it (a {@code Long}, or a {@code BigDecimal} where a database widens it), exactly. */
    private static long exactLong(Object sum) {
        return sum instanceof BigDecimal decimal ? decimal.longValueExact() : ((Number) sum).longValue();
    }

    @Override
    public List<Movement> movements(WorkspaceId workspaceId, Optional<ClientId> clientId, CurrencyUnit currency,
                                    LocalDate through) {
        return Versioned.read("list receivables movements", () -> {
            EntityManager entityManager = entityManagers.current();
            String ofClient = clientId.isPresent() ? " and x.clientId = :client" : "";
            List<Movement> movements = new ArrayList<>();
            for (Object[] row : scoped(entityManager, "select x.issueDate, x.number, x.total, x.status, x.closedOn,"
                    + " x.creditNotesApplied from Invoice x where x.workspaceId = :workspace and x.currency = :currency"
                    + " and x.status <> 'DRAFT'" + ofClient + " and (x.issueDate <= :through"
                    + " or (x.status = 'VOID' and x.closedOn <= :through))", workspaceId, clientId, currency, through)
                    .getResultList()) {
                LocalDate issued = (LocalDate) row[0];
                Money total = Money.ofMinor((Long) row[2], currency);
                if (!issued.isAfter(through)) {
                    movements.add(Movement.of(Kind.INVOICE, issued, (String) row[1], total));
                }
                LocalDate closedOn = (LocalDate) row[4];
                if (InvoiceStatus.VOID.name().equals(row[3]) && closedOn != null && !closedOn.isAfter(through)) {
                    movements.add(new Movement(Kind.VOID, closedOn, (String) row[1], total,
                            Money.ofMinor((Long) row[5], currency)));
                }
            }
            // the late fees in force of invoices not voided, each dated to the day its period started
            for (Object[] row : scoped(entityManager, "select f.periodStart, x.number, f.amount from LateFee f,"
                    + " Invoice x where x.id = f.invoiceId and x.workspaceId = :workspace and x.currency = :currency"
                    + " and f.workspaceId = x.workspaceId and x.status <> 'VOID' and f.removedAt is null"
                    + " and f.amount > 0" + ofClient + " and f.periodStart <= :through", workspaceId, clientId,
                    currency, through).getResultList()) {
                movements.add(Movement.of(Kind.LATE_FEE, (LocalDate) row[0], (String) row[1],
                        Money.ofMinor((Long) row[2], currency)));
            }
            for (Object[] row : scoped(entityManager, "select x.issueDate, x.number, x.total from CreditNote x"
                    + " where x.workspaceId = :workspace and x.currency = :currency" + ofClient
                    + " and x.issueDate <= :through", workspaceId, clientId, currency, through).getResultList()) {
                movements.add(Movement.of(Kind.CREDIT_NOTE, (LocalDate) row[0], (String) row[1],
                        Money.ofMinor((Long) row[2], currency)));
            }
            movements.addAll(receipts(scoped(entityManager, "select x.receivedOn, x.reference, x.amount, x.currency"
                    + " from Payment x where x.workspaceId = :workspace and x.currency = :currency" + ofClient
                    + " and x.status in :received and x.receivedOn <= :through", workspaceId, clientId, currency,
                    through).setParameter("received", RECEIVED), Kind.PAYMENT));
            movements.addAll(receipts(scoped(entityManager, "select x.refundedOn, x.reference, x.amount, x.currency"
                    + " from PaymentRefund x, Payment p where x.workspaceId = :workspace and x.currency = :currency"
                    + ofClient + " and x.refundedOn <= :through and p.id = x.paymentId and p.status in :received",
                    workspaceId, clientId, currency, through).setParameter("received", RECEIVED), Kind.REFUND));
            return movements;
        });
    }

    @Override
    public List<Movement> receipts(WorkspaceId workspaceId, LocalDate from, LocalDate through) {
        return Versioned.read("list receipts", () -> {
            EntityManager entityManager = entityManagers.current();
            List<Movement> receipts = new ArrayList<>(receipts(entityManager.createQuery(
                    "select x.receivedOn, x.reference, x.amount, x.currency from Payment x"
                            + " where x.workspaceId = :workspace and x.status in :received"
                            + " and x.receivedOn between :from and :through", Object[].class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("received", RECEIVED)
                    .setParameter("from", from)
                    .setParameter("through", through), Kind.PAYMENT));
            receipts.addAll(receipts(entityManager.createQuery(
                    "select x.refundedOn, x.reference, x.amount, x.currency from PaymentRefund x, Payment p"
                            + " where x.workspaceId = :workspace and x.refundedOn between :from and :through"
                            + " and p.id = x.paymentId and p.status in :received", Object[].class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("received", RECEIVED)
                    .setParameter("from", from)
                    .setParameter("through", through), Kind.REFUND));
            return receipts;
        });
    }

    @Override
    public Money creditSales(WorkspaceId workspaceId, CurrencyUnit currency, LocalDate from, LocalDate to) {
        return Versioned.read("sum credit sales", () -> {
            Long sum = entityManagers.current().createQuery("select sum(x.total) from Invoice x"
                            + " where x.workspaceId = :workspace and x.currency = :currency and x.status in :sales"
                            + " and x.issueDate between :from and :to", Long.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("currency", currency.code())
                    .setParameter("sales", SALES)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getSingleResult();
            return Money.ofMinor(sum == null ? 0 : sum, currency);
        });
    }

    @Override
    public List<CurrencyUnit> currenciesInUse(WorkspaceId workspaceId) {
        return Versioned.read("list currencies in use", () -> {
            EntityManager entityManager = entityManagers.current();
            Set<String> codes = new LinkedHashSet<>(entityManager.createQuery("select distinct x.currency"
                            + " from Invoice x where x.workspaceId = :workspace and x.status in :sales", String.class)
                    .setParameter("workspace", workspaceId.value())
                    .setParameter("sales", SALES)
                    .getResultList());
            codes.addAll(entityManager.createQuery("select distinct x.currency from Payment x"
                            + " where x.workspaceId = :workspace", String.class)
                    .setParameter("workspace", workspaceId.value())
                    .getResultList());
            return codes.stream().map(CurrencyUnit::of).toList();
        });
    }

    /** A movements query with its workspace, currency, last day and, when given, client bound. */
    private static TypedQuery<Object[]> scoped(EntityManager entityManager, String jpql, WorkspaceId workspaceId,
                                               Optional<ClientId> clientId, CurrencyUnit currency, LocalDate through) {
        TypedQuery<Object[]> query = entityManager.createQuery(jpql, Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("currency", currency.code())
                .setParameter("through", through);
        clientId.ifPresent(client -> query.setParameter("client", client.value()));
        return query;
    }

    /** Payment or refund rows (day, reference, amount, currency) as movements of one kind. */
    private static List<Movement> receipts(TypedQuery<Object[]> query, Kind kind) {
        return query.getResultStream().map(row -> Movement.of(kind, (LocalDate) row[0], (String) row[1],
                Money.ofMinor((Long) row[2], CurrencyUnit.of((String) row[3])))).toList();
    }

    private static List<String> names(InvoiceStatus... statuses) {
        return Arrays.stream(statuses).map(Enum::name).toList();
    }
}
