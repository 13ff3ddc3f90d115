package dev.clientportal.core.notices;

import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.Optional;

/** Builds {@link Notifications} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class NotificationsWiring {

    private NotificationsWiring() {
    }

    /** The use cases over their stores (empty when the stores keep no templates nor sent log). */
    public static Notifications create(Optional<NotificationStores> stores, WorkspaceRepository workspaces,
                                       ClientRepository clients, PortalRuntime runtime) {
        return new NotificationService(stores, workspaces, clients, runtime);
    }
}
