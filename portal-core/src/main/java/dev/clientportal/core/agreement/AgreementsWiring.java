package dev.clientportal.core.agreement;

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
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Agreements} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class AgreementsWiring {

    private AgreementsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Agreements create(AgreementRepository agreements, WorkspaceRepository workspaces, ClientRepository clients,
                                    ContactRepository contacts, FileRepository files, Analytics analytics,
                                    PortalRuntime runtime) {
        return new AgreementService(agreements, workspaces, clients, contacts, files, analytics, runtime);
    }

    /** Agreements, which clients see once sent (never as drafts). */
    public static Map<DocumentType, DocumentResolver> documents(AgreementRepository agreements) {
        return Map.of(DocumentType.AGREEMENT, (workspaceId, id) -> agreements.find(workspaceId, new AgreementId(id))
                .filter(agreement -> agreement.status() != AgreementStatus.DRAFT)
                .map(agreement -> new DocumentInfo(new DocumentRef(DocumentType.AGREEMENT, id), agreement.clientId(),
                        agreement.current().title(), Optional.empty())));
    }
}
