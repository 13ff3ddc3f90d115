package dev.clientportal.core.analytics;

import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Analytics} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class AnalyticsWiring {

    private AnalyticsWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Analytics create(ViewStore views, DocumentSendLog sends, FollowUpQueries followUps,
                                   DocumentCatalog documents, WorkspaceRepository workspaces, AnalyticsSettings settings,
                                   ClientRepository clients, Notices notices, PortalRuntime runtime) {
        return new AnalyticsService(views, sends, followUps, documents, workspaces, settings, clients, notices,
                runtime);
    }

    /**
     * The view recording of the use cases {@link #create} built; for other {@link Analytics} one that resolves the
     * document again through {@link Analytics#recordView}.
     */
    public static ViewRecording viewRecording(Analytics analytics) {
        if (analytics instanceof ViewRecording recording) {
            return recording;
        }
        return (principal, document, request) -> analytics.recordView(principal, document.document(), request);
    }
}
