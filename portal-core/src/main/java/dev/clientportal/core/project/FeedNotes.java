package dev.clientportal.core.project;

import dev.clientportal.core.agreement.AgreementSigned;
import dev.clientportal.core.approval.ApprovalGiven;
import dev.clientportal.core.approval.ApprovalRequestId;
import dev.clientportal.core.approval.DeliverableApproved;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersionAdded;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.quote.QuoteAccepted;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Notes in the feed, in the transaction of the change, what happened to something of a project. The natural key makes
 * the note once per change however often the change is heard (a retried transaction hears it again): an invoice is
 * issued once, each time it becomes paid its version differs, a version, an approval per contact, a quote revision's
 * acceptance, a signature per agreement version and contact, and a file shared happen once. A quote accepted brings
 * the invoices its acceptance created into its project.
 *
 * <p>The events of a unit of work are heard as one batch: which project each concerned item belongs to is looked up
 * once per workspace for the whole batch, so a bulk issue of thousands of invoices costs one lookup, not thousands.
 */
final class FeedNotes implements PortalRuntime.InTransactionListener {

    private final ProjectRepository projects;
    private final ActivityFeedStore feed;
    private final InvoiceRepository invoices;
    private final ProjectItems items;
    private final PortalRuntime runtime;

    FeedNotes(ProjectStores stores, InvoiceRepository invoices, ProjectItems items, PortalRuntime runtime) {
        this.projects = stores.projects();
        this.feed = stores.feed();
        this.invoices = invoices;
        this.items = items;
        this.runtime = runtime;
    }

    @Override
    public void on(DomainEvent event, PortalRuntime.EventSink events) {
        onAll(List.of(event), events);
    }

    @Override
    public void onAll(List<DomainEvent> batch, PortalRuntime.EventSink events) {
        Map<WorkspaceId, Set<ProjectItem>> concerned = new LinkedHashMap<>();
        for (DomainEvent event : batch) {
            itemOf(event).ifPresent(item -> concerned.computeIfAbsent(event.workspaceId(),
                    workspace -> new LinkedHashSet<>()).add(item));
        }
        if (concerned.isEmpty()) {
            return;
        }
        Lookup lookup = new Lookup(concerned);
        for (DomainEvent event : batch) {
            itemOf(event).flatMap(item -> lookup.project(event.workspaceId(), item))
                    .ifPresent(project -> noteOf(event, project));
        }
    }

    /** The item of a project an event is about, if it is about one the feed notes. */
    private static Optional<ProjectItem> itemOf(DomainEvent event) {
        if (event instanceof InvoiceIssued issued) {
            return Optional.of(ProjectItem.invoice(issued.invoiceId()));
        } else if (event instanceof InvoicePaid paid) {
            return Optional.of(ProjectItem.invoice(paid.invoiceId()));
        } else if (event instanceof DeliverableVersionAdded added) {
            return Optional.of(ProjectItem.deliverable(added.deliverableId()));
        } else if (event instanceof ApprovalGiven given) {
            return Optional.of(ProjectItem.deliverable(given.deliverableId()));
        } else if (event instanceof DeliverableApproved approved && !approved.approvedBy().isEmpty()) {
            return Optional.of(ProjectItem.deliverable(approved.deliverableId()));
        } else if (event instanceof QuoteAccepted accepted) {
            return Optional.of(ProjectItem.quote(accepted.quoteId()));
        } else if (event instanceof AgreementSigned signed) {
            return Optional.of(ProjectItem.agreement(signed.agreementId()));
        }
        return Optional.empty();
    }

    private void noteOf(DomainEvent event, Project project) {
        WorkspaceId workspaceId = project.workspaceId();
        if (event instanceof InvoiceIssued issued) {
            invoiceIssued(project, issued.invoiceId(), issued.number(), issued.total().toString(),
                    String.valueOf(issued.dueDate()));
        } else if (event instanceof InvoicePaid paid) {
            invoices.find(workspaceId, paid.invoiceId()).ifPresent(invoice -> note(project,
                    FeedEntryKind.INVOICE_PAID, "invoice-paid:" + paid.invoiceId() + ":" + invoice.version(),
                    "Invoice " + paid.number() + " was paid"));
        } else if (event instanceof DeliverableVersionAdded added) {
            note(project, FeedEntryKind.VERSION_UPLOADED, "version-uploaded:" + added.versionId(),
                    "Version " + added.versionNumber() + " of "
                            + items.deliverableTitle(workspaceId, added.deliverableId()) + " was uploaded");
        } else if (event instanceof ApprovalGiven given) {
            approval(project, given.deliverableId(), given.requestId(), given.versionNumber(), given.contactId());
        } else if (event instanceof DeliverableApproved approved) {
            // the approval that completed the request raises this event instead of ApprovalGiven: the last decision
            approval(project, approved.deliverableId(), approved.requestId(), approved.versionNumber(),
                    approved.approvedBy().get(approved.approvedBy().size() - 1));
        } else if (event instanceof QuoteAccepted accepted) {
            quoteAccepted(project, accepted);
        } else if (event instanceof AgreementSigned signed) {
            note(project, FeedEntryKind.AGREEMENT_SIGNED, "agreement-signed:" + signed.agreementId() + ":"
                            + signed.versionNumber() + ":" + signed.contactId(),
                    items.contactName(workspaceId, signed.contactId()) + " signed "
                            + items.agreementTitle(workspaceId, signed.agreementId()));
        }
    }

    /** Notes a file shared in a project, once per file. */
    void fileShared(Project project, ProjectItem file, String name) {
        note(project, FeedEntryKind.FILE_SHARED, "file-shared:" + file.id(), "File " + name + " was shared");
    }

    private void approval(Project project, DeliverableId deliverableId, ApprovalRequestId requestId,
                          int versionNumber, ContactId contactId) {
        WorkspaceId workspaceId = project.workspaceId();
        note(project, FeedEntryKind.APPROVAL_GIVEN, "approval-given:" + requestId + ":" + contactId,
                items.contactName(workspaceId, contactId) + " approved version " + versionNumber + " of "
                        + items.deliverableTitle(workspaceId, deliverableId));
    }

    /**
     * Notes the acceptance and moves the invoices it created into the quote's project, unless one belongs to a
     * project already; one issued already in this transaction, before it joined, is noted as issued now.
     */
    private void quoteAccepted(Project project, QuoteAccepted accepted) {
        note(project, FeedEntryKind.QUOTE_ACCEPTED, "quote-accepted:" + accepted.quoteId() + ":" + accepted.revision(),
                "Quote " + accepted.number() + " was accepted by " + accepted.acceptedBy() + ": " + accepted.total());
        List<InvoiceId> created = accepted.depositInvoiceId() == null ? List.of(accepted.invoiceId())
                : List.of(accepted.invoiceId(), accepted.depositInvoiceId());
        for (InvoiceId invoiceId : created) {
            ProjectItem item = ProjectItem.invoice(invoiceId);
            if (projects.projectOf(project.workspaceId(), item).isEmpty()) {
                projects.assign(project.workspaceId(), item, project.id());
                invoices.find(project.workspaceId(), invoiceId).filter(invoice -> invoice.status().isIssued())
                        .ifPresent(invoice -> invoiceIssued(project, invoiceId, String.valueOf(invoice.number()),
                                invoice.total().toString(), String.valueOf(invoice.dueDate())));
            }
        }
    }

    private void invoiceIssued(Project project, InvoiceId invoiceId, String number, String total, String dueDate) {
        note(project, FeedEntryKind.INVOICE_ISSUED, "invoice-issued:" + invoiceId,
                "Invoice " + number + " was issued: " + total + ", due " + dueDate);
    }

    private void note(Project project, FeedEntryKind kind, String key, String text) {
        feed.insert(new FeedEntry(new FeedEntryId(runtime.ids().next()), project.workspaceId(), project.clientId(),
                project.id(), kind, text, FeedEntry.SYSTEM, runtime.clock().instant(), false, key, null, null, null,
                null, null, List.of(), 0));
    }

    /** The projects of a batch's items, looked up once per workspace, and each project read once. */
    private final class Lookup {

        private final Map<WorkspaceId, Map<ProjectItem, ProjectId>> links = new HashMap<>();
        private final Map<ProjectId, Optional<Project>> read = new HashMap<>();

        Lookup(Map<WorkspaceId, Set<ProjectItem>> concerned) {
            concerned.forEach((workspaceId, wanted) -> links.put(workspaceId,
                    projects.projectsOf(workspaceId, wanted)));
        }

        Optional<Project> project(WorkspaceId workspaceId, ProjectItem item) {
            ProjectId id = links.getOrDefault(workspaceId, Map.of()).get(item);
            return id == null ? Optional.empty()
                    : read.computeIfAbsent(id, projectId -> projects.find(workspaceId, projectId));
        }
    }
}
