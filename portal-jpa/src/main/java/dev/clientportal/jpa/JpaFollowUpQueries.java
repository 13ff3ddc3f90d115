package dev.clientportal.jpa;

import dev.clientportal.core.analytics.DocumentEngagement;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.OpenInvoiceFacts;
import dev.clientportal.core.analytics.PendingApprovalFacts;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follow-up facts in one statement each: the open invoices joined with their client, their latest send
 * ({@code cp_document_send}), their engagement ({@code cp_document_engagement}) and the day of the last payment
 * received that still pays them (a MAX subquery over {@code cp_payment_allocation}).
 */
final class JpaFollowUpQueries implements FollowUpQueries {

    private static final List<String> OPEN = List.of(InvoiceStatus.OPEN.name(), InvoiceStatus.PARTIALLY_PAID.name());

    private final EntityManagers entityManagers;
    private final JpaDeliverables deliverables;

    JpaFollowUpQueries(EntityManagers entityManagers, JpaDeliverables deliverables) {
        this.entityManagers = entityManagers;
        this.deliverables = deliverables;
    }

    @Override
    public List<OpenInvoiceFacts> openInvoices(WorkspaceId workspaceId) {
        return Versioned.read("list open invoices to follow up", () -> entityManagers.current().createQuery(
                        "select i.id, i.clientId, c.name, i.number, i.status, i.issueDate, i.nextDueDate,"
                                + " i.amountDue, i.currency, s.lastSentAt, e.clientId, e.firstViewedAt,"
                                + " e.lastViewedAt, e.humanViews, e.uniqueViewers,"
                                + " (select max(p.receivedOn) from PaymentAllocation a, Payment p"
                                + " where a.workspaceId = :workspace and a.invoiceId = i.id and p.id = a.paymentId"
                                + " and p.status in :received and a.amount > a.refunded)"
                                + " from Invoice i join Client c on c.id = i.clientId"
                                + " left join DocumentSend s on s.key.workspaceId = i.workspaceId"
                                + " and s.key.documentType = :type and s.key.documentId = i.id"
                                + " left join DocumentEngagement e on e.key.workspaceId = i.workspaceId"
                                + " and e.key.documentType = :type and e.key.documentId = i.id"
                                + " where i.workspaceId = :workspace and i.status in :open", Object[].class)
                .setParameter("workspace", workspaceId.value())
                .setParameter("received", JpaReceivablesQueries.RECEIVED)
                .setParameter("type", DocumentType.INVOICE.name())
                .setParameter("open", OPEN)
                .getResultStream().map(JpaFollowUpQueries::facts).toList());
    }

    private static OpenInvoiceFacts facts(Object[] row) {
        UUID invoiceId = (UUID) row[0];
        Optional<DocumentEngagement> engagement = row[10] == null ? Optional.empty()
                : DocumentEngagementEntity.of(DocumentType.INVOICE.name(), invoiceId, (UUID) row[10],
                (Instant) row[11], (Instant) row[12], (Long) row[13], (Integer) row[14]);
        return new OpenInvoiceFacts(new InvoiceId(invoiceId), new ClientId((UUID) row[1]), (String) row[2],
                (String) row[3], InvoiceStatus.valueOf((String) row[4]), (LocalDate) row[5], (LocalDate) row[6],
                Money.ofMinor((Long) row[7], CurrencyUnit.of((String) row[8])),
                Optional.ofNullable((Instant) row[9]), engagement, Optional.ofNullable((LocalDate) row[15]));
    }

    /** Answered by the deliverables adapter, which owns the approval tables: a fixed number of statements. */
    @Override
    public List<PendingApprovalFacts> pendingApprovals(WorkspaceId workspaceId) {
        return deliverables.pendingApprovals(workspaceId);
    }
}
