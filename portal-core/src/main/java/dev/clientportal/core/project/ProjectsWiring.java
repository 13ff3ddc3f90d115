package dev.clientportal.core.project;

import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Duration;

/** Builds {@link Projects} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class ProjectsWiring {

    private ProjectsWiring() {
    }

    /**
     * The use cases over their stores and the portal runtime; they listen to the runtime's events to note in the
     * feed, in the same transaction, what happened to a project's invoices, quotes, deliverables and agreements, and
     * send feed digests to the clients' contacts through {@code notices}.
     */
    public static Projects create(ProjectStores stores, WorkspaceRepository workspaces, ClientRepository clients,
                                  ContactRepository contacts, PortalAccessRepository access,
                                  InvoiceRepository invoices, QuoteRepository quotes,
                                  DeliverableRepository deliverables, AgreementRepository agreements,
                                  MessageThreadRepository threads, FileRepository files, Duration editWindow,
                                  Notices notices, PortalRuntime runtime) {
        ProjectItems items = new ProjectItems(invoices, quotes, deliverables, agreements, threads, files, contacts);
        FeedNotes notes = new FeedNotes(stores, invoices, items, runtime);
        ProjectsService service = new ProjectsService(stores, workspaces, clients, invoices, items, notes,
                editWindow, runtime, new FeedDigests(stores, workspaces, clients, contacts, access, notices, runtime));
        runtime.listenInTransaction(notes);
        return service;
    }
}
