package dev.clientportal.core.files;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.List;
import java.util.Optional;

/** Stores the metadata of library files; their bytes live in the {@link FileStore}. */
public interface FileRepository {

    /**
     * Inserts a file (version 0) or updates it if the stored version still equals {@code file.version()}.
     *
     * @param file the file to insert or update
     * @return the file as stored, with its new version
     * @throws dev.clientportal.core.kernel.PortalException {@link dev.clientportal.core.kernel.ErrorCode#CONCURRENT_MODIFICATION}
     *         when another writer saved it first
     */
    SharedFile save(SharedFile file);

    /**
     * The file with this id in the workspace, removed or not.
     *
     * @param workspaceId the workspace to look in
     * @param id          the file's id
     * @return the file, empty when the workspace has none with that id
     */
    Optional<SharedFile> find(WorkspaceId workspaceId, FileId id);

    /**
     * A client's library: files not removed, newest first.
     *
     * @param workspaceId the workspace to look in
     * @param clientId    the client whose library to list
     * @return the files present in the library, newest first
     */
    List<SharedFile> library(WorkspaceId workspaceId, ClientId clientId);
}
