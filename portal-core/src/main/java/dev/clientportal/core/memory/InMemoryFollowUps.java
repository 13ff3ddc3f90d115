package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.OpenInvoiceFacts;
import dev.clientportal.core.analytics.PendingApprovalFacts;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.approval.ApprovalRequest;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gathers follow-up facts by scanning the in-memory stores. */
final class InMemoryFollowUps implements FollowUpQueries {

    private final InMemoryTransactions transactions;
    private final InMemoryClients clients;
    private final InMemoryInvoices invoices;
    private final InMemoryPayments payments;
    private final DocumentSendLog sends;
    private final ViewStore views;
    private final InMemoryDeliverables deliverables;
    private final InMemoryContacts contacts;

    InMemoryFollowUps(InMemoryTransactions transactions, InMemoryClients clients, InMemoryInvoices invoices,
                      InMemoryPayments payments, DocumentSendLog sends, ViewStore views,
                      InMemoryDeliverables deliverables, InMemoryContacts contacts) {
        this.transactions = transactions;
        this.clients = clients;
        this.invoices = invoices;
        this.payments = payments;
        this.sends = sends;
        this.views = views;
        this.deliverables = deliverables;
        this.contacts = contacts;
    }

    @Override
    public List<OpenInvoiceFacts> openInvoices(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            Map<InvoiceId, LocalDate> lastPayment = new HashMap<>();
            for (Payment payment : payments.all()) {
                if (payment.workspaceId().equals(workspaceId) && payment.isReceived()) {
                    for (Allocation allocation : payment.allocations()) {
                        if (allocation.net().isPositive()) {
                            lastPayment.merge(allocation.invoiceId(), payment.receivedOn(),
                                    (a, b) -> a.isAfter(b) ? a : b);
                        }
                    }
                }
            }
            List<OpenInvoiceFacts> facts = new ArrayList<>();
            for (Invoice invoice : invoices.all()) {
                if (!invoice.workspaceId().equals(workspaceId) || !invoice.isOpenForCollection()) {
                    continue;
                }
                DocumentRef document = new DocumentRef(DocumentType.INVOICE, invoice.id().value());
                facts.add(new OpenInvoiceFacts(invoice.id(), invoice.clientId(), names.getOrDefault(invoice.clientId(),
                        ""), invoice.requireNumber(), invoice.status(), invoice.requireIssueDate(),
                        invoice.requireNextDueDate(), invoice.amountDue(),
                        sends.lastSentAt(workspaceId, document), views.engagement(workspaceId, document),
                        Optional.ofNullable(lastPayment.get(invoice.id()))));
            }
            return facts;
        });
    }

    @Override
    public List<PendingApprovalFacts> pendingApprovals(WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> {
            Map<ClientId, String> names = clients.namesIn(workspaceId);
            List<PendingApprovalFacts> facts = new ArrayList<>();
            deliverables.withPendingRequest(workspaceId).forEach(deliverable -> {
                ApprovalRequest request = deliverable.pendingRequest().orElseThrow();
                DeliverableVersion version = deliverable.versions().get(request.versionNumber() - 1);
                List<PendingApprovalFacts.Approver> waitingOn = request.awaiting().stream()
                        .map(contactId -> new PendingApprovalFacts.Approver(contactId, contacts.find(workspaceId,
                                contactId).map(Contact::name).orElse(""))).toList();
                facts.add(new PendingApprovalFacts(version.document(), deliverable.id().value(), deliverable.title(),
                        version.number(), deliverable.clientId(), names.getOrDefault(deliverable.clientId(), ""),
                        request.requestedAt(), waitingOn));
            });
            return facts;
        });
    }
}
