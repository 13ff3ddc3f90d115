package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.FileId;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Delivers a new version: files the business shared into the client's library, and a note.
 *
 * @param deliverableId    the deliverable
 * @param files            ids of files the business shared with the client, in the order to show them; no
 *                         {@code null} element
 * @param note             what the business says about this version, at most 2,000 characters; may be empty if
 *                         there are files
 * @param expectedRevision the deliverable's {@code version()} as the business last read it; when given, the call
 *                         fails with {@link ErrorCode#CONCURRENT_MODIFICATION} if anything (a decision, say)
 *                         changed the deliverable since, so a version meant to replace one under review never
 *                         lands after that one was approved unnoticed
 */
public record AddVersion(DeliverableId deliverableId, List<FileId> files, String note,
                         OptionalLong expectedRevision) {

    /**
     * Requires the deliverable and copies the files.
     *
     * @param deliverableId    the deliverable
     * @param files            ids of files the business shared with the client, in the order to show them; no
     *                         {@code null} element
     * @param note             what the business says about this version, at most 2,000 characters; may be empty if
     *                         there are files
     * @param expectedRevision the deliverable's {@code version()} as the business last read it; when given, the call
     *                         fails with {@link ErrorCode#CONCURRENT_MODIFICATION} if anything (a decision, say)
     *                         changed the deliverable since, so a version meant to replace one under review never lands
     *                         after that one was approved unnoticed
     */
    public AddVersion {
        PortalException.requireField(deliverableId, "deliverableId");
        files = PortalException.elements(files, "files", InputLimits.LIST);
        note = PortalException.optionalText(note, "note", InputLimits.REASON);
        expectedRevision = Objects.requireNonNullElse(expectedRevision, OptionalLong.empty());
    }

    /**
     * A version with a note and files, e.g. {@code AddVersion.of(id, "Darker blue, as asked", logo, guide)}.
     *
     * @param deliverableId the deliverable
     * @param note          what changed, for the client
     * @param files         files of the client's library the business shared, at least one
     * @return the command
     */
    public static AddVersion of(DeliverableId deliverableId, String note, FileId... files) {
        return new AddVersion(deliverableId, files == null ? List.of() : Arrays.asList(files), note,
                OptionalLong.empty());
    }

    /**
     * This command, failing unless the deliverable is still at the revision the business read.
     *
     * @param revision the deliverable's revision as the business read it
     * @return this command with the expected revision
     */
    public AddVersion expectingRevision(long revision) {
        if (revision < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "expectedRevision", revision,
                    "a stored deliverable's version is 1 or more");
        }
        return new AddVersion(deliverableId, files, note, OptionalLong.of(revision));
    }
}
