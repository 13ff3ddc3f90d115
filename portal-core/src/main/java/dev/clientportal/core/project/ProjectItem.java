package dev.clientportal.core.project;

import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.messaging.MessageThreadId;
import dev.clientportal.core.quote.QuoteId;

import java.util.UUID;

/**
 * Points at one thing that can belong to a project, e.g. {@code ProjectItem.quote(quoteId)}.
 *
 * @param type what it is
 * @param id   its id
 */
public record ProjectItem(ProjectItemType type, UUID id) {

    /**
     * Requires both parts.
     *
     * @param type what it is
     * @param id   its id
     */
    public ProjectItem {
        PortalException.requireField(type, "item.type");
        PortalException.requireField(id, "item.id");
    }

    /**
     * An invoice as a project item.
     *
     * @param id the invoice
     * @return the item
     */
    public static ProjectItem invoice(InvoiceId id) {
        return new ProjectItem(ProjectItemType.INVOICE, PortalException.requireField(id, "invoiceId").value());
    }

    /**
     * A quote as a project item.
     *
     * @param id the quote
     * @return the item
     */
    public static ProjectItem quote(QuoteId id) {
        return new ProjectItem(ProjectItemType.QUOTE, PortalException.requireField(id, "quoteId").value());
    }

    /**
     * A deliverable as a project item.
     *
     * @param id the deliverable
     * @return the item
     */
    public static ProjectItem deliverable(DeliverableId id) {
        return new ProjectItem(ProjectItemType.DELIVERABLE, PortalException.requireField(id, "deliverableId").value());
    }

    /**
     * An agreement as a project item.
     *
     * @param id the agreement
     * @return the item
     */
    public static ProjectItem agreement(AgreementId id) {
        return new ProjectItem(ProjectItemType.AGREEMENT, PortalException.requireField(id, "agreementId").value());
    }

    /**
     * A message thread as a project item.
     *
     * @param id the thread
     * @return the item
     */
    public static ProjectItem thread(MessageThreadId id) {
        return new ProjectItem(ProjectItemType.THREAD, PortalException.requireField(id, "threadId").value());
    }

    /**
     * A library file as a project item.
     *
     * @param id the file
     * @return the item
     */
    public static ProjectItem file(FileId id) {
        return new ProjectItem(ProjectItemType.FILE, PortalException.requireField(id, "fileId").value());
    }

    /** The type and id, e.g. {@code QUOTE:0190…}. */
    @Override
    public String toString() {
        return type + ":" + id;
    }
}
