package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.clientview.DashboardFacts;
import dev.clientportal.core.clientview.DashboardFacts.MovementSum;
import dev.clientportal.core.clientview.DashboardQueries;
import dev.clientportal.core.clientview.InvoiceRow;
import dev.clientportal.core.clientview.OpenInvoiceTotals;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.PaymentStatus;
import dev.clientportal.core.receivables.StatementLine.Kind;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static dev.clientportal.jpa.NativeColumns.uuid;

/**
 * The dashboard's facts in one native statement on every vendor: a {@code UNION ALL} of the client's open invoice rows
 * and latest payments (each numbered in its order, their first rows only), those payments' allocations, the open
 * totals and movement sums per currency ({@code GROUP BY}), the client's credit, the viewer's roles, and one row of
 * counts (scalar subqueries) — the same SELECTs {@link JpaPortalViewQueries}, {@link JpaReceivablesQueries} and the
 * repositories run one by one, tagged by a kind column. Every branch is scoped to the workspace and client.
 */
final class JpaDashboardQueries implements DashboardQueries {

    /**
     * Every branch has the same twelve columns (typed in the first: PostgreSQL matches a union's types left to right):
     * kind, id, text, status, day, second day, four numbers, currency, second status (a payment's state, next to its
     * method in the first); a branch with only a text fills the last nine with these.
     */
    private static final String NINE_NULLS = "null, null, null, null, null, null, null, null, null";

    /** Rows of a list by their position (the fourth number): the union keeps no order of its own. */
    private static final Comparator<Object[]> IN_ORDER = Comparator.comparingLong(row -> ((Number) row[9]).longValue());

    private final EntityManagers entityManagers;

    /** The statement of each shape asked for, written once: core asks for one or two shapes, not one per request. */
    private final Map<Shape, String> statements = new ConcurrentHashMap<>();

    JpaDashboardQueries(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public DashboardFacts dashboardFacts(WorkspaceId workspaceId, ClientId clientId, Optional<ContactId> contact,
                                         String viewerKey, LocalDate today, int openInvoices, int recentPayments) {
        return Versioned.read("read a client's dashboard facts", () -> {
            Query query = entityManagers.current().createNativeQuery(statements.computeIfAbsent(
                            new Shape(contact.isPresent(), openInvoices, recentPayments),
                            shape -> sql(shape.contact(), shape.openInvoices(), shape.recentPayments())))
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, clientId.value())
                    .setParameter(3, today)
                    .setParameter(4, viewerKey);
            contact.ifPresent(id -> query.setParameter(5, id.value()));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            return facts(rows);
        });
    }

    /**
     * The statement: with a contact, approvals and signatures count that contact's and its roles are read; without,
     * the client's. Limits are written as numbers (ints, never text from a caller) so each page size is one plan.
     */
    static String sql(boolean contact, int openInvoices, int recentPayments) {
        String client = "workspace_id = ?1 and %1$s.client_id = ?2";
        String payable = JpaReceivablesQueries.PAYABLE.stream().collect(Collectors.joining("', '", "('", "')"));
        String received = JpaReceivablesQueries.RECEIVED.stream().collect(Collectors.joining("', '", "('", "')"));
        String latestPayments = " from cp_payment p where p." + client.formatted("p")
                + " order by p.received_on desc, p.recorded_at desc, p.id desc limit " + recentPayments;
        return "(select 'I', i.id, i.number, i.status, i.issue_date, i.next_due_date, i.total, i.amount_due, 0,"
                + " row_number() over (order by i.next_due_date, i.number), i.currency, null from cp_invoice i"
                + " where i." + client.formatted("i") + " and i.status in " + payable
                + " order by i.next_due_date, i.number limit " + openInvoices + ")"
                + " union all (select 'P', p.id, p.reference, p.method, p.received_on, null, p.amount, p.refunded,"
                + " 0, row_number() over (order by p.received_on desc, p.recorded_at desc, p.id desc), p.currency,"
                + " p.status" + latestPayments + ")"
                + " union all select 'A', a.payment_id, a.invoice_number, null, null, null, null, null, null,"
                + " a.ordinal, null, null from cp_payment_allocation a join (select p.id" + latestPayments
                + ") l on l.id = a.payment_id"
                + " union all select 'T', null, null, null, min(i.next_due_date), null, sum(i.amount_due),"
                + " sum(case when i.next_due_date < ?3 then 1 else 0 end), count(*), null, i.currency, null"
                + " from cp_invoice i where i." + client.formatted("i") + " and i.status in " + payable
                + " group by i.currency"
                + " union all select 'M', null, null, 'INVOICE', null, null, sum(i.total), 0, null, null, i.currency,"
                + " null"
                + " from cp_invoice i where i." + client.formatted("i") + " and i.status <> 'DRAFT'"
                + " and i.issue_date <= ?3 group by i.currency"
                + " union all select 'M', null, null, 'VOID', null, null, sum(i.total), sum(i.credit_notes_applied),"
                + " null, null, i.currency, null from cp_invoice i where i." + client.formatted("i")
                + " and i.status = 'VOID' and i.closed_on <= ?3 group by i.currency"
                + " union all select 'M', null, null, 'CREDIT_NOTE', null, null, sum(n.total), 0, null, null,"
                + " n.currency, null from cp_credit_note n where n." + client.formatted("n")
                + " and n.issue_date <= ?3 group by n.currency"
                + " union all select 'M', null, null, 'PAYMENT', null, null, sum(p.amount), 0, null, null, p.currency,"
                + " null"
                + " from cp_payment p where p." + client.formatted("p") + " and p.status in " + received
                + " and p.received_on <= ?3 group by p.currency"
                + " union all select 'M', null, null, 'REFUND', null, null, sum(r.amount), 0, null, null, r.currency,"
                + " null"
                + " from cp_payment_refund r join cp_payment p on p.id = r.payment_id where r."
                + client.formatted("r") + " and r.refunded_on <= ?3 and p.status in " + received
                + " group by r.currency"
                + " union all select 'C', null, c.credit_balances, " + NINE_NULLS
                + " from cp_client c where c.id = ?2 and c.workspace_id = ?1"
                + (contact ? " union all select 'R', null, r.roles, " + NINE_NULLS + " from cp_contact r"
                + " where r.id = ?5 and r.workspace_id = ?1 and r.client_id = ?2" : "")
                + " union all select 'N', null, null, null, null, null, "
                + (contact ? "(select count(*) from cp_deliverable_approver d where d.workspace_id = ?1"
                + " and d.contact_id = ?5 and d.client_id = ?2)"
                : "(select count(*) from cp_deliverable d where d." + client.formatted("d")
                + " and d.pending_request_id is not null)")
                + ", " + (contact ? "(select count(*) from cp_agreement_signer s where s.workspace_id = ?1"
                + " and s.contact_id = ?5 and s.client_id = ?2)"
                : "(select count(*) from cp_agreement s where s." + client.formatted("s")
                + " and s.awaiting_signers > 0)")
                + ", (select count(*) from cp_quote q where q." + client.formatted("q")
                + " and q.status = 'SENT' and q.expires_on >= ?3)"
                + ", (select count(*) from cp_message m join cp_message_thread t on m.thread_id = t.id"
                + " where t." + client.formatted("t") + " and m.sequence_no <= t.message_count"
                + " and m.author <> ?4 and not exists (select r.thread_id from cp_message_read r"
                + " where r.thread_id = t.id and r.participant = ?4 and r.up_to_sequence >= m.sequence_no)),"
                + " null, null";
    }

    /** What the statement depends on: whether a contact asks, and the two list lengths. */
    private record Shape(boolean contact, int openInvoices, int recentPayments) {
    }

    /** The facts from the tagged rows. */
    private static DashboardFacts facts(List<Object[]> rows) {
        List<Object[]> invoices = new ArrayList<>();
        List<Object[]> payments = new ArrayList<>();
        Map<UUID, List<Object[]>> allocations = new HashMap<>();
        List<OpenInvoiceTotals> totals = new ArrayList<>();
        List<MovementSum> sums = new ArrayList<>();
        Map<CurrencyUnit, Money> credit = Map.of();
        Set<Role> roles = Set.of();
        int[] counts = new int[4];
        for (Object[] row : rows) {
            switch (String.valueOf(row[0])) {
                case "I" -> invoices.add(row);
                case "P" -> payments.add(row);
                case "A" -> allocations.computeIfAbsent(uuid(row[1]), id -> new ArrayList<>()).add(row);
                case "T" -> totals.add(new OpenInvoiceTotals(money(row[6], row[10]), day(row[4]), integer(row[8]),
                        integer(row[7])));
                case "M" -> sums.add(new MovementSum(Kind.valueOf((String) row[3]), money(row[6], row[10]),
                        money(row[7], row[10])));
                case "C" -> credit = Json.amounts(Json.read((String) row[2]));
                case "R" -> roles = ContactEntity.roles((String) row[2]);
                case "N" -> {
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = integer(row[6 + i]);
                    }
                }
                default -> throw new IllegalStateException("unknown dashboard row: " + row[0]);
            }
        }
        invoices.sort(IN_ORDER);
        payments.sort(IN_ORDER);
        return new DashboardFacts(invoices.stream().map(JpaDashboardQueries::invoiceRow).toList(),
                payments.stream().map(row -> paymentSummary(row, allocations.getOrDefault(uuid(row[1]), List.of())))
                        .toList(),
                totals, credit, sums, roles, counts[0], counts[1], counts[2], counts[3]);
    }

    private static InvoiceRow invoiceRow(Object[] row) {
        return new InvoiceRow(new InvoiceId(uuid(row[1])), (String) row[2], InvoiceStatus.valueOf((String) row[3]),
                day(row[4]), day(row[5]), money(row[6], row[10]), money(row[7], row[10]));
    }

    /** A payment's row with its invoice numbers in allocation order. */
    private static PaymentSummary paymentSummary(Object[] row, List<Object[]> allocations) {
        return new PaymentSummary(new PaymentId(uuid(row[1])), day(row[4]), money(row[6], row[10]),
                PaymentMethod.valueOf((String) row[3]), PaymentStatus.valueOf((String) row[11]), (String) row[2],
                money(row[7], row[10]),
                allocations.stream().sorted(IN_ORDER).map(allocation -> (String) allocation[2]).toList());
    }

    private static Money money(Object minor, Object currency) {
        return Money.ofMinor(((Number) minor).longValue(), CurrencyUnit.of((String) currency));
    }

    private static int integer(Object count) {
        return ((Number) count).intValue();
    }

    /** A date column as the driver hands it to a native query: {@code java.sql.Date} or {@code LocalDate}. */
    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
