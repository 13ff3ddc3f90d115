package dev.clientportal.core.files;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;

/** Builds {@link FileLibrary} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class FileLibraryWiring {

    private FileLibraryWiring() {
    }

    /** The use cases over their stores and the portal runtime, taking uploads in through {@code intake}. */
    public static FileLibrary create(FileRepository files, FileStore store, ClientRepository clients, Analytics analytics,
                                     LibraryIntake intake, PortalRuntime runtime) {
        return new FileLibraryService(files, store, clients, analytics, intake, runtime);
    }

    /** How uploads enter libraries under a policy, for the library and for other use cases that take uploads. */
    public static LibraryIntake intake(FileRepository files, FileStore store, FilePolicy policy,
                                       PortalRuntime runtime) {
        return new LibraryIntake(files, store, policy, runtime);
    }

    /** Library files, while their content is present. */
    public static Map<DocumentType, DocumentResolver> documents(FileRepository files) {
        return Map.of(DocumentType.FILE, (workspaceId, id) -> files.find(workspaceId, new FileId(id))
                .filter(SharedFile::present)
                .map(file -> new DocumentInfo(new DocumentRef(DocumentType.FILE, id), file.clientId(), file.name(),
                        Optional.empty())));
    }
}
