package dev.clientportal.core.invoice;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Invoicing} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class InvoicingWiring {

    private InvoicingWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Invoicing create(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                                   CreditNoteRepository creditNotes, NumberSequence numbers, PeriodLocks periodLocks,
                                   PortalRuntime runtime) {
        return new InvoicingService(workspaces, clients, invoices, creditNotes, numbers, periodLocks, runtime);
    }

    /**
     * The dated issuing of the use cases {@link #create} built, for scheduled work that issues invoices.
     *
     * @throws IllegalArgumentException for use cases this wiring did not build
     */
    public static DatedIssuing datedIssuing(Invoicing invoicing) {
        if (invoicing instanceof DatedIssuing dated) {
            return dated;
        }
        throw new IllegalArgumentException("not built by InvoicingWiring.create: " + invoicing);
    }

    /**
     * What the document catalog knows of an issued invoice, for a feature that has just read the invoice and
     * records a view of it without resolving it again.
     *
     * @throws IllegalStateException for a draft, which clients never see
     */
    public static DocumentInfo documentInfo(Invoice invoice) {
        return new DocumentInfo(new DocumentRef(DocumentType.INVOICE, invoice.id().value()), invoice.clientId(),
                "Invoice " + invoice.number(), Optional.of(invoice.requireDueDate()));
    }

    /** Invoices, which clients see once issued (never as drafts), and credit notes. */
    public static Map<DocumentType, DocumentResolver> documents(InvoiceRepository invoices,
                                                                CreditNoteRepository creditNotes) {
        DocumentResolver issuedInvoices = (workspaceId, id) -> invoices.find(workspaceId, new InvoiceId(id))
                .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT)
                .map(InvoicingWiring::documentInfo);
        DocumentResolver notes = (workspaceId, id) -> creditNotes.find(workspaceId, new CreditNoteId(id))
                .map(note -> new DocumentInfo(new DocumentRef(DocumentType.CREDIT_NOTE, id), note.clientId(),
                        "Credit note " + note.number(), Optional.empty()));
        return Map.of(DocumentType.INVOICE, issuedInvoices, DocumentType.CREDIT_NOTE, notes);
    }
}
