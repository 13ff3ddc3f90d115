package dev.clientportal.core.files;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.WorkspaceId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Brings uploads into clients' libraries in two steps, for the library itself and for use cases that deliver a file
 * as part of a change of their own (a deliverable version made from an upload): {@link #stage} checks the upload
 * against the {@link FilePolicy} while streaming its bytes into the {@link FileStore}, outside any transaction, and
 * {@link #record} writes the library row inside the caller's unit of work. When that unit of work is refused or rolls
 * back, {@link #recordOrDiscard} deletes the bytes the staging brought into the store, so nothing of the upload is
 * left. Not API: public only so that other feature packages can be wired with it.
 *
 * <p>No row ever points at missing bytes of its own upload: the bytes are stored before the transaction opens, and
 * the library row is written in the same transaction as the caller's change, so either both commit or neither does.
 * Bytes can be left without a row: after a crash between staging and commit, or when a transaction the host owns
 * rolls back after the portal's call returned. Such content is never served (every download goes through a row) and
 * a host may sweep content that no library file references. Content the store already held is never deleted; the
 * one gap is an upload of the very same new bytes that commits while the first upload of them is being refused.
 */
@Internal
public final class LibraryIntake {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryIntake.class);

    private final FileRepository files;
    private final FileStore store;
    private final FilePolicy policy;
    private final PortalRuntime runtime;

    LibraryIntake(FileRepository files, FileStore store, FilePolicy policy, PortalRuntime runtime) {
        this.files = files;
        this.store = store;
        this.policy = policy;
        this.runtime = runtime;
    }

    /**
     * Checks the upload's type, name, size and content signature while storing its bytes; call it outside a
     * transaction, as an upload may take a while.
     *
     * @param upload the file's name, declared type and bytes
     * @return the stored upload, to record or discard
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_TYPE_NOT_ALLOWED}, {@code FILE_TOO_LARGE},
     *         {@code FILE_UNREADABLE} or {@code INVALID_VALUE} for the name; nothing is stored then
     */
    public Staged stage(FileUpload upload) {
        Objects.requireNonNull(upload, "upload");
        String contentType = policy.requireAllowed(upload.contentType());
        String name = policy.storedName(upload.name(), contentType);
        // the limit wraps the upload itself, so the signature peek is bounded and counted too
        FileStore.Added added = store.add(ContentSignature.verified(
                new LimitedInputStream(upload.content(), policy.maxBytes()), contentType));
        return new Staged(name, contentType, added.content(), added.isNew());
    }

    /**
     * Writes a staged upload into a client's library and raises {@link FileAddedToLibrary}; call it inside the
     * caller's unit of work. It writes no audit entry: the caller's entry names the file.
     *
     * @param events      the caller's unit of work's events
     * @param workspaceId the workspace
     * @param clientId    the client whose library receives the file
     * @param staged      what {@link #stage} stored
     * @param source      who puts the file there
     * @param actor       who acts, as the audit trail names them
     * @return the file as saved
     */
    public SharedFile record(PortalRuntime.EventSink events, WorkspaceId workspaceId, ClientId clientId,
                             Staged staged, SharedFile.Source source, String actor) {
        SharedFile file = files.save(new SharedFile(new FileId(runtime.ids().next()), workspaceId, clientId,
                staged.name(), staged.contentType(), staged.content(), source, actor, runtime.clock().instant(), null,
                0));
        events.raise(new FileAddedToLibrary(runtime.ids().next(), workspaceId, clientId, file.id(), file.name(),
                source, runtime.clock().instant()));
        return file;
    }

    /**
     * Runs the unit of work that {@link #record records} a staged upload; when it fails (refused or rolled back),
     * deletes the staged bytes if the staging brought them into the store and rethrows. Content that was already
     * stored (another file has the same bytes) stays. A failure to delete is added to the rethrown exception.
     *
     * @param staged     what {@link #stage} stored
     * @param unitOfWork the caller's transaction, which records the upload
     * @param <T>        what the unit of work returns
     * @return what the unit of work returned
     */
    public <T> T recordOrDiscard(Staged staged, Supplier<T> unitOfWork) {
        try {
            return unitOfWork.get();
        } catch (RuntimeException failure) {
            discard(staged, failure);
            throw failure;
        }
    }

    private void discard(Staged staged, RuntimeException failure) {
        if (!staged.isNew()) {
            return;
        }
        try {
            store.delete(staged.content().hash());
        } catch (RuntimeException e) {
            LOG.warn("The content {} of a refused upload could not be deleted; it stays unreferenced",
                    staged.content().hash(), e);
            failure.addSuppressed(e);
        }
    }

    /**
     * An upload whose bytes are stored but not yet in a library.
     *
     * @param name        the stored name, with its type's extension
     * @param contentType the allowed, normalized media type
     * @param content     the stored bytes' hash and size
     * @param isNew       whether staging brought the bytes into the store (only then may a failure delete them)
     */
    public record Staged(String name, String contentType, StoredContent content, boolean isNew) {

        /**
         * Requires every part.
         *
         * @param name        the stored name, with its type's extension
         * @param contentType the allowed, normalized media type
         * @param content     the stored bytes' hash and size
         * @param isNew       whether staging brought the bytes into the store (only then may a failure delete them)
         */
        public Staged {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }
}
