package dev.clientportal.core.access;

import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.security.SecureRandom;

/** Builds {@link Access} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class AccessWiring {

    private AccessWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Access create(LoginTokenRepository tokens, PortalSessionRepository sessions,
                                SessionQueries sessionQueries, DocumentLinkRepository links,
                                PortalAccessRepository access, DocumentSendLog sends, RateLimitCounter rateLimits,
                                WorkspaceRepository workspaces, ClientRepository clients,
                                ContactRepository contacts, DocumentCatalog documents, AccessSettings settings,
                                SecureRandom random, Notices notifier, PortalRuntime runtime) {
        AccessStores stores = new AccessStores(tokens, sessions, sessionQueries, links, access, sends, rateLimits);
        return new AccessService(stores, workspaces, clients, contacts, documents, settings, random, notifier,
                runtime);
    }
}
