package dev.clientportal.core.analytics;

import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.time.Instant;
import java.util.Optional;

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
     * document again through {@link Analytics#recordView}, which reads the last send itself (so none is read before).
     */
    public static ViewRecording viewRecording(Analytics analytics) {
        if (analytics instanceof ViewRecording recording) {
            return recording;
        }
        return new ViewRecording() {
            @Override
            public Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document) {
                return Optional.empty();
            }

            @Override
            public ViewOutcome recordView(PortalPrincipal principal, DocumentInfo document,
                                          Optional<Instant> lastSentAt, ClientRequest request) {
                return analytics.recordView(principal, document.document(), request);
            }
        };
    }
}
