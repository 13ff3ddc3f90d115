package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One delivered version of a deliverable: files from the client's library and a note from the business. Versions
 * never change once added; a correction is a new version.
 *
 * <p>The {@link #contentHash()} is the SHA-256 of the UTF-8 text {@code <UTF-8 byte length of note>:<note>}
 * followed by one line {@code \n<hex SHA-256 of the file>} per file, in the version's order. It changes with any
 * byte of any file, with the order of the files and with the note, so evidence that records it pins exactly what was
 * decided on.
 *
 * @param id          identity, also the id of the version's {@link DocumentType#DELIVERABLE_VERSION} document
 * @param number      1 for the first version, then 2, 3, …
 * @param files       the files, in the order the business gave them
 * @param note        what the business says about this version ("logo with the darker blue"), may be empty
 * @param contentHash the hash of note and files described above
 * @param addedBy     the actor who added it
 * @param addedAt     when
 */
public record DeliverableVersion(DeliverableVersionId id, int number, List<VersionFile> files, String note,
                                 ContentHash contentHash, String addedBy, Instant addedAt) {

    static final int MAX_FILES = 100;
    static final int MAX_NOTE = 10_000;

    /**
     * Validates the version and that its hash is the hash of its note and files.
     *
     * @param id          identity, also the id of the version's {@link DocumentType#DELIVERABLE_VERSION} document
     * @param number      1 for the first version, then 2, 3, …
     * @param files       the files, in the order the business gave them
     * @param note        what the business says about this version ("logo with the darker blue"), may be empty
     * @param contentHash the hash of note and files described above
     * @param addedBy     the actor who added it
     * @param addedAt     when
     * @throws PortalException {@link ErrorCode#REQUIRED} for a version with neither files nor a note,
     *         {@link ErrorCode#INVALID_VALUE} for a repeated file, too many files or too long a note
     */
    public DeliverableVersion {
        Objects.requireNonNull(id, "id");
        if (number < 1) {
            throw new IllegalArgumentException("version numbers start at 1: " + number);
        }
        files = List.copyOf(PortalException.requireField(files, "files"));
        note = Objects.requireNonNullElse(note, "").strip();
        requireContent(files, note);
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        if (!contentHash.equals(hashOf(note, files))) {
            throw new IllegalArgumentException("version " + number + " has the content hash " + contentHash
                    + " but its note and files hash to " + hashOf(note, files));
        }
    }

    /** A new version; its content hash is computed from the note and files. */
    static DeliverableVersion of(DeliverableVersionId id, int number, List<VersionFile> files, String note,
                                 String addedBy, Instant addedAt) {
        String stripped = Objects.requireNonNullElse(note, "").strip();
        List<VersionFile> copied = List.copyOf(PortalException.requireField(files, "files"));
        requireContent(copied, stripped);
        return new DeliverableVersion(id, number, copied, stripped, hashOf(stripped, copied), addedBy, addedAt);
    }

    /**
     * The hash of a note and files as described on the type.
     *
     * @param note  the version's note
     * @param files the version's files
     * @return the content hash approvers pin their decisions to
     */
    public static ContentHash hashOf(String note, List<VersionFile> files) {
        StringBuilder canonical = new StringBuilder(note.length() + 16 + files.size() * 65);
        canonical.append(note.getBytes(StandardCharsets.UTF_8).length).append(':').append(note);
        for (VersionFile file : files) {
            canonical.append('\n').append(file.contentHash().hex());
        }
        return ContentHash.ofText(canonical.toString());
    }

    private static void requireContent(List<VersionFile> files, String note) {
        if (files.isEmpty() && note.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "version", "no files and no note",
                    "a version delivers at least one file or a note");
        }
        if (files.size() > MAX_FILES) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "files", files.size() + " files",
                    "a version has at most " + MAX_FILES + " files");
        }
        if (note.length() > MAX_NOTE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "note", note.substring(0, 40) + "…",
                    "must be at most " + MAX_NOTE + " characters");
        }
        Set<FileId> seen = new HashSet<>();
        for (VersionFile file : files) {
            if (!seen.add(file.fileId())) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "files", file.fileId(),
                        "a file appears only once in a version");
            }
        }
    }

    /**
     * The document a client opens, shares by link and is seen viewing.
     *
     * @return the document a client opens, shares by link and is seen viewing
     */
    public DocumentRef document() {
        return DocumentRef.of(DocumentType.DELIVERABLE_VERSION, id);
    }

    /**
     * The file of this version with the given id, if it is one of them.
     *
     * @param fileId the library file
     * @return the version's file; empty when the file is not part of this version
     */
    public Optional<VersionFile> file(FileId fileId) {
        return files.stream().filter(file -> file.fileId().equals(fileId)).findFirst();
    }
}
