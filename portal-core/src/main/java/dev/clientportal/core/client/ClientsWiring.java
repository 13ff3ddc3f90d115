package dev.clientportal.core.client;

import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Clients} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class ClientsWiring {

    private ClientsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Clients create(WorkspaceRepository workspaces, ClientRepository clients, ContactRepository contacts,
                                 PortalRuntime runtime) {
        return new ClientService(workspaces, clients, contacts, runtime);
    }
}
