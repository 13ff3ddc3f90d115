package dev.clientportal.core.document;

import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Documents} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class DocumentsWiring {

    private DocumentsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Documents create(WorkspaceRepository workspaces, ClientRepository clients, ContactRepository contacts,
                                   InvoiceRepository invoices, CreditNoteRepository creditNotes, PaymentRepository payments,
                                   QuoteRepository quotes, AgreementRepository agreements, Receivables receivables,
                                   DocumentRenderer renderer, LogoSource logos, PayLinks payLinks,
                                   TransactionRunner transactions, PortalRuntime runtime) {
        return new DocumentService(new DocumentService.Stores(workspaces, clients, contacts, invoices, creditNotes,
                payments, quotes, agreements, receivables), renderer, logos, payLinks, transactions, runtime);
    }
}
