package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.files.FileId;

import java.util.Optional;

/**
 * An approver asks for changes on a version.
 *
 * @param deliverableId the deliverable
 * @param version       the version, by number or by the content hash the approver was shown
 * @param comment       what should change; required, at most 2,000 characters
 * @param pinnedFile    the file of the version the comment is about, if one
 */
public record RequestChanges(DeliverableId deliverableId, VersionPin version, String comment,
                             Optional<FileId> pinnedFile) {

    /**
     * Requires the deliverable, version and comment.
     *
     * @param deliverableId the deliverable
     * @param version       the version, by number or by the content hash the approver was shown
     * @param comment       what should change; required, at most 2,000 characters
     * @param pinnedFile    the file of the version the comment is about, if one
     */
    public RequestChanges {
        PortalException.requireField(deliverableId, "deliverableId");
        PortalException.requireField(version, "version");
        comment = PortalException.requireText(comment, "comment", InputLimits.REASON);
        pinnedFile = pinnedFile == null ? Optional.empty() : pinnedFile;
    }

    /**
     * Changes asked for the version as a whole.
     *
     * @param deliverableId the deliverable
     * @param version       the version the client was shown
     * @param comment       what should change; required
     * @return the command
     */
    public static RequestChanges of(DeliverableId deliverableId, VersionPin version, String comment) {
        return new RequestChanges(deliverableId, version, comment, Optional.empty());
    }

    /**
     * This request, pinned to one file of the version.
     *
     * @param fileId the file the comment is about
     * @return this request, pinned to one file of the version
     */
    public RequestChanges onFile(FileId fileId) {
        return new RequestChanges(deliverableId, version, comment,
                Optional.of(PortalException.requireField(fileId, "pinnedFile")));
    }
}
