package dev.clientportal.core.messaging;

import dev.clientportal.core.catalog.DocumentCatalog;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;

/** Builds {@link Messaging} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class MessagingWiring {

    private MessagingWiring() {
    }

    /** The use cases over their stores and the portal runtime. */
    public static Messaging create(MessageThreadRepository threads, MessageStore messages, ClientRepository clients,
                                   FileRepository files, DocumentCatalog documents, PortalRuntime runtime) {
        return new MessagingService(threads, messages, clients, files, documents, runtime);
    }
}
