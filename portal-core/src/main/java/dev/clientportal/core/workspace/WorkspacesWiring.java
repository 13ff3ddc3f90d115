package dev.clientportal.core.workspace;

import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;

/** Builds {@link Workspaces} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class WorkspacesWiring {

    private WorkspacesWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Workspaces create(WorkspaceRepository repository, PortalRuntime runtime) {
        return new WorkspaceService(repository, runtime);
    }

    /** Closing periods over the workspaces and their locks. */
    public static Periods periods(WorkspaceRepository repository, PeriodLocks locks, PortalRuntime runtime) {
        return new PeriodsService(repository, locks, runtime);
    }
}
