package dev.clientportal.core.approval;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.files.LibraryIntake;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoicing;

/** Builds {@link Approvals} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class ApprovalsWiring {

    private ApprovalsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Approvals create(DeliverableRepository deliverables, ClientRepository clients, ContactRepository contacts,
                                   FileRepository files, LibraryIntake intake, Invoicing invoicing,
                                   Analytics analytics, PortalRuntime runtime) {
        return new ApprovalService(deliverables, clients, contacts, files, intake, invoicing, analytics, runtime);
    }

    /**
     * Deliverable versions: every version a business adds is meant for the client, so there are no drafts to hide.
     */
    public static Map<DocumentType, DocumentResolver> documents(DeliverableRepository deliverables) {
        return Map.of(DocumentType.DELIVERABLE_VERSION, (workspaceId, id) -> deliverables
                .findByVersion(workspaceId, new DeliverableVersionId(id))
                .flatMap(deliverable -> deliverable.version(new DeliverableVersionId(id))
                        .map(version -> new DocumentInfo(version.document(), deliverable.clientId(),
                                deliverable.title() + ", version " + version.number(), Optional.empty()))));
    }
}
