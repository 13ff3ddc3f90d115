package dev.clientportal.core.receivables;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Receivables} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class ReceivablesWiring {

    private ReceivablesWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Receivables create(WorkspaceRepository workspaces, ClientRepository clients, ReceivablesQueries queries,
                                     PortalRuntime runtime) {
        return new ReceivablesService(workspaces, clients, queries, runtime);
    }

    /** Statements, one per client. */
    public static Map<DocumentType, DocumentResolver> documents(ClientRepository clients) {
        return Map.of(DocumentType.STATEMENT, (workspaceId, id) -> clients.find(workspaceId, new ClientId(id))
                .map(client -> new DocumentInfo(new DocumentRef(DocumentType.STATEMENT, id), client.id(),
                        "Statement of " + client.name(), Optional.empty())));
    }
}
