package dev.clientportal.core.files;

import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores file content addressed by its SHA-256. Storing the same content twice stores it once.
 *
 * <p>Implementations hash while they stream (never holding a whole file in memory unless they are in-memory
 * stores), write atomically (no reader ever sees part of a file), and clean up when the input stream fails — the
 * portal's size limit aborts an upload by making the stream throw.
 */
public interface FileStore {

    /**
     * Reads the stream to its end and stores it. Only a read returning -1 ends the stream: a read of 0 bytes (a slow
     * network stream may give one) is not the end, and stopping there would store part of the file as all of it.
     *
     * @param content the bytes to store, read to its end
     * @return the hash and size of what was stored
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_UNREADABLE} when the stream fails, or whatever the
     *         stream throws (such as {@code FILE_TOO_LARGE}); nothing is stored then
     */
    default StoredContent put(InputStream content) {
        return add(content).content();
    }

    /**
     * Stores the stream as {@link #put} does, and tells whether this call brought the content into the store, so that
     * a caller whose transaction then fails can {@link #delete} exactly what it added and never content that was
     * already there for someone else. Of two calls racing to store the same new content, at most one is told it
     * added it.
     *
     * @param content the bytes to store, read to its end
     * @return what was stored, and whether it was new to the store
     * @throws dev.clientportal.core.kernel.PortalException as {@link #put}; nothing is stored then
     */
    Added add(InputStream content);

    /**
     * Deletes stored content; nothing happens when there is none under the hash. Content is shared by every record
     * with the same bytes, so only a caller that {@link #add added} it, and whose records were then rolled back,
     * deletes it.
     *
     * @param hash the SHA-256 of the content
     * @throws java.io.UncheckedIOException when the store cannot delete it
     */
    void delete(ContentHash hash);

    /**
     * The answer of {@link #add}: what is stored, and whether this call put it there.
     *
     * @param content the hash and size of what is stored
     * @param isNew   whether the store did not hold the content before this call
     */
    record Added(StoredContent content, boolean isNew) {

        /**
         * Requires the content.
         *
         * @param content the hash and size of what is stored
         * @param isNew   whether the store did not hold the content before this call
         */
        public Added {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Opens stored content for reading; the caller closes the stream.
     *
     * @param hash the SHA-256 of the content
     * @return a stream of the stored bytes
     * @throws dev.clientportal.core.kernel.PortalException {@code FILE_NOT_FOUND} when nothing is stored under the hash
     */
    InputStream open(ContentHash hash);

    /**
     * What is stored under a hash, if anything.
     *
     * @param hash the SHA-256 of the content
     * @return the hash and size of the stored content, empty when nothing is stored under the hash
     */
    Optional<StoredContent> metadata(ContentHash hash);
}
