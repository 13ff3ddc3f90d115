package dev.clientportal.core.project;

import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.approval.DeliverableStatus;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.SharedFile;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.quote.QuoteId;
import dev.clientportal.core.quote.QuoteRepository;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the things that can belong to a project in their own stores: whose they are, their currency where money is
 * involved, and the names the feed's notes show.
 */
final class ProjectItems {

    private final InvoiceRepository invoices;
    private final QuoteRepository quotes;
    private final DeliverableRepository deliverables;
    private final AgreementRepository agreements;
    private final MessageThreadRepository threads;
    private final FileRepository files;
    private final ContactRepository contacts;

    ProjectItems(InvoiceRepository invoices, QuoteRepository quotes, DeliverableRepository deliverables,
                 AgreementRepository agreements, MessageThreadRepository threads, FileRepository files,
                 ContactRepository contacts) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.deliverables = deliverables;
        this.agreements = agreements;
        this.threads = threads;
        this.files = files;
        this.contacts = contacts;
    }

    /** What a project needs to know of an item: its client, its currency if it bills, and what to call it. */
    record Found(ClientId clientId, Optional<CurrencyUnit> currency, String title) {
    }

    /**
     * The item, or its type's not-found error when the workspace holds no such item.
     */
    Found require(WorkspaceId workspaceId, ProjectItem item) {
        UUID id = item.id();
        Optional<Found> found = switch (item.type()) {
            case INVOICE -> invoices.find(workspaceId, new InvoiceId(id)).map(invoice -> new Found(invoice.clientId(),
                    Optional.of(invoice.total().currency()), String.valueOf(invoice.number())));
            case QUOTE -> quotes.find(workspaceId, new QuoteId(id)).map(quote -> new Found(quote.clientId(),
                    Optional.of(quote.total().currency()), String.valueOf(quote.number())));
            case DELIVERABLE -> deliverables.find(workspaceId, new DeliverableId(id)).map(deliverable ->
                    new Found(deliverable.clientId(), Optional.empty(), deliverable.title()));
            case AGREEMENT -> agreements.find(workspaceId, new AgreementId(id)).map(agreement ->
                    new Found(agreement.clientId(), Optional.empty(), agreement.current().title()));
            case THREAD -> threads.find(workspaceId, new MessageThreadId(id)).map(thread ->
                    new Found(thread.clientId(), Optional.empty(), thread.subject()));
            case FILE -> files.find(workspaceId, new FileId(id)).filter(SharedFile::present).map(file ->
                    new Found(file.clientId(), Optional.empty(), file.name()));
        };
        return found.orElseThrow(() -> PortalException.notFound(notFound(item.type()), item.type().name()
                .toLowerCase(Locale.ROOT), id));
    }

    private static ErrorCode notFound(ProjectItemType type) {
        return switch (type) {
            case INVOICE -> ErrorCode.INVOICE_NOT_FOUND;
            case QUOTE -> ErrorCode.QUOTE_NOT_FOUND;
            case DELIVERABLE -> ErrorCode.DELIVERABLE_NOT_FOUND;
            case AGREEMENT -> ErrorCode.AGREEMENT_NOT_FOUND;
            case THREAD -> ErrorCode.THREAD_NOT_FOUND;
            case FILE -> ErrorCode.FILE_NOT_FOUND;
        };
    }

    /** How many of the deliverables have their latest version approved. */
    int approvedDeliverables(WorkspaceId workspaceId, Collection<UUID> deliverableIds) {
        int approved = 0;
        for (UUID id : deliverableIds) {
            if (deliverables.find(workspaceId, new DeliverableId(id)).map(Deliverable::status)
                    .filter(status -> status == DeliverableStatus.APPROVED).isPresent()) {
                approved++;
            }
        }
        return approved;
    }

    String deliverableTitle(WorkspaceId workspaceId, DeliverableId id) {
        return deliverables.find(workspaceId, id).map(Deliverable::title).orElse("a deliverable");
    }

    String agreementTitle(WorkspaceId workspaceId, AgreementId id) {
        return agreements.find(workspaceId, id).map(agreement -> agreement.current().title()).orElse("an agreement");
    }

    String contactName(WorkspaceId workspaceId, ContactId id) {
        return contacts.find(workspaceId, id).map(contact -> contact.name()).orElse("A contact");
    }
}
