package dev.clientportal.core.files;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.List;

/**
 * Clients' document libraries: the business shares files, contacts upload theirs, both download. Uploads are
 * checked against the {@link FilePolicy} (size, allowed types, content signature, no markup in text) while they
 * stream, and stored under a clean name with their type's extension ({@link FilePolicy#storedName}); every client
 * download is recorded as a view. Downloads are served only while their bytes still have the stored SHA-256 and come
 * with the {@link FileDownload#headers() headers} a web host must send.
 */
public interface FileLibrary {

    /**
     * The business shares a file with a client.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client whose library receives the file
     * @param upload    the file's name, declared type and bytes
     * @return the file as shared, with its stored name and hash
     */
    SharedFile share(StaffPrincipal principal, ClientId clientId, FileUpload upload);

    /**
     * A contact uploads a file to its client's library.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param upload    the file's name, declared type and bytes
     * @return the file as uploaded, with its stored name and hash
     * @throws dev.clientportal.core.kernel.PortalException {@code ROLE_REQUIRED} for a read-only viewer,
     *         {@code READ_ONLY_ACCESS} for staff previews, {@code DOCUMENT_NOT_FOUND} for document links (the library
     *         is a page of the client's portal, which a link does not open)
     */
    SharedFile upload(PortalPrincipal principal, FileUpload upload);

    /**
     * A client's library as the business sees it, newest first.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param clientId  the client whose library to list
     * @return the files in the library, removed ones left out, newest first
     */
    List<SharedFile> library(StaffPrincipal principal, ClientId clientId);

    /**
     * The principal's client library, newest first; a document link sees none.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @return the files in the library, newest first; empty for a document link
     */
    List<SharedFile> library(PortalPrincipal principal);

    /**
     * Opens a library file for the business.
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param fileId    the file to open
     * @return the file's bytes with the headers to send them under; the caller closes the stream
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_NOT_FOUND} outside the workspace,
     *         {@code FILE_CONTENT_CORRUPTED} when the stored bytes no longer have the file's SHA-256
     */
    FileDownload open(StaffPrincipal principal, FileId fileId);

    /**
     * Opens a library file for the client, recording the view.
     *
     * @param principal the contact, link holder or previewing staff member acting; scopes the call to their client
     * @param fileId    the file to open
     * @param request   the HTTP request the call serves, recorded as evidence
     * @return the file's bytes with the headers to send them under; the caller closes the stream
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_NOT_FOUND} outside the principal's client or for a
     *         removed file, {@code FILE_CONTENT_CORRUPTED} when the stored bytes no longer have the file's SHA-256
     */
    FileDownload open(PortalPrincipal principal, FileId fileId, ClientRequest request);

    /**
     * Removes a file from the library (its bytes stay, other records may still point at them).
     *
     * @param principal the staff member acting; must belong to the workspace
     * @param fileId    the file to remove
     * @return the file as removed, with its removal time
     */
    SharedFile remove(StaffPrincipal principal, FileId fileId);
}
