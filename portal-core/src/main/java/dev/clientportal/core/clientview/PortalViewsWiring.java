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

    /** The use cases over their stores and the portal runtime, the dashboard's facts composed of the other ports. */
    public static PortalViews create(PortalViewQueries queries, ReceivablesQueries receivables, WorkspaceRepository workspaces,
                                     ClientRepository clients, ContactRepository contacts, Analytics analytics,
                                     PortalRuntime runtime) {
        return create(queries, DashboardQueries.composedOf(queries, receivables, clients, contacts), receivables,
                workspaces, clients, analytics, runtime);
    }

    /** The use cases over their stores and the portal runtime, the dashboard's facts read by {@code dashboards}. */
    public static PortalViews create(PortalViewQueries queries, DashboardQueries dashboards,
                                     ReceivablesQueries receivables, WorkspaceRepository workspaces,
                                     ClientRepository clients, Analytics analytics, PortalRuntime runtime) {
        return new PortalViewService(queries, dashboards, receivables, workspaces, clients, analytics, runtime);
    }
}
