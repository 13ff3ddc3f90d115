package dev.clientportal.core.clientview;

import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link PortalViews} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class PortalViewsWiring {

    private PortalViewsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static PortalViews create(PortalViewQueries queries, ReceivablesQueries receivables, WorkspaceRepository workspaces,
                                     ClientRepository clients, ContactRepository contacts, Analytics analytics,
                                     PortalRuntime runtime) {
        return new PortalViewService(queries, receivables, workspaces, clients, contacts, analytics, runtime);
    }
}
