package dev.clientportal.core.approval;

import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.files.SharedFile;

import java.util.Objects;

/**
 * One file of a deliverable version, pinned as it was when the version was made: a later change to the library
 * cannot change what a version (and the evidence of decisions on it) points at.
 *
 * @param fileId      the file in the client's library
 * @param name        its name at the time
 * @param contentType its media type
 * @param contentHash the SHA-256 of its bytes
 * @param size        its length in bytes
 */
public record VersionFile(FileId fileId, String name, String contentType, ContentHash contentHash, long size) {

    /**
     * Requires every field.
     *
     * @param fileId      the file in the client's library
     * @param name        its name at the time
     * @param contentType its media type
     * @param contentHash the SHA-256 of its bytes
     * @param size        its length in bytes
     */
    public VersionFile {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentHash, "contentHash");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }

    /**
     * The file as it is in the library now.
     *
     * @param file a file of the client's library
     * @return the file's name, type, size and content hash as they are now
     */
    public static VersionFile of(SharedFile file) {
        return new VersionFile(file.id(), file.name(), file.contentType(), file.content().hash(),
                file.content().size());
    }
}
