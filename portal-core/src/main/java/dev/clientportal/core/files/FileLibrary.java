package dev.clientportal.core.files;

import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.workspace.StaffPrincipal;

import java.util.List;

/**
 * Clients' document libraries: the business shares files, contacts upload theirs, both download. Uploads are
 * checked against the {@link FilePolicy} (size, allowed types, content signature) while they stream; every client
 * download is recorded as a view.
 */
public interface FileLibrary {

    /** The business shares a file with a client. */
    SharedFile share(StaffPrincipal principal, ClientId clientId, FileUpload upload);

    /**
     * A contact uploads a file to its client's library.
     *
     * @throws dev.clientportal.core.PortalException {@code ROLE_REQUIRED} for a read-only viewer,
     *         {@code READ_ONLY_ACCESS} for staff previews, {@code DOCUMENT_NOT_FOUND} for document links (the library
     *         is a page of the client's portal, which a link does not open)
     */
    SharedFile upload(PortalPrincipal principal, FileUpload upload);

    /** A client's library as the business sees it, newest first. */
    List<SharedFile> library(StaffPrincipal principal, ClientId clientId);

    /** The principal's client library, newest first; a document link sees none. */
    List<SharedFile> library(PortalPrincipal principal);

    /** Opens a library file for the business. */
    FileDownload open(StaffPrincipal principal, FileId fileId);

    /** Opens a library file for the client, recording the view. */
    FileDownload open(PortalPrincipal principal, FileId fileId, ClientRequest request);

    /** Removes a file from the library (its bytes stay, other records may still point at them). */
    SharedFile remove(StaffPrincipal principal, FileId fileId);

    /** The use cases over their stores, for {@code ClientPortal}. */
    static FileLibrary using(FileRepository files, FileStore store, ClientRepository clients, Analytics analytics,
                       FilePolicy policy, PortalRuntime runtime) {
        return new FileLibraryService(files, store, clients, analytics, policy, runtime);
    }
}
