package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.FileId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One approver's decision on one version, with the evidence that proves it: who, when, from which address and
 * user agent, on content with which hash, under which typed name.
 *
 * @param contactId     the approver
 * @param kind          approve or request changes
 * @param versionNumber the version decided on
 * @param comment       what the approver said; required when asking for changes
 * @param pinnedFile    the file of the version a change request is about, if one
 * @param evidence      the evidence; its content hash is the version's
 */
public record Decision(ContactId contactId, DecisionKind kind, int versionNumber, String comment,
                       Optional<FileId> pinnedFile, Evidence evidence) {

    static final int MAX_COMMENT = 10_000;

    /**
     * Validates the decision.
     *
     * @param contactId     the approver
     * @param kind          approve or request changes
     * @param versionNumber the version decided on
     * @param comment       what the approver said; required when asking for changes
     * @param pinnedFile    the file of the version a change request is about, if one
     * @param evidence      the evidence; its content hash is the version's
     * @throws PortalException {@link ErrorCode#REQUIRED} for a change request without a comment,
     *         {@link ErrorCode#INVALID_VALUE} for a pinned file on an approval or too long a comment
     */
    public Decision {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(kind, "kind");
        comment = Objects.requireNonNullElse(comment, "").strip();
        pinnedFile = Objects.requireNonNullElse(pinnedFile, Optional.empty());
        Objects.requireNonNull(evidence, "evidence");
        if (kind == DecisionKind.REQUEST_CHANGES && comment.isEmpty()) {
            throw PortalException.required("comment");
        }
        if (comment.length() > MAX_COMMENT) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "comment", comment.substring(0, 40) + "…",
                    "must be at most " + MAX_COMMENT + " characters");
        }
        if (kind == DecisionKind.APPROVE && pinnedFile.isPresent()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "pinnedFile", pinnedFile.get(),
                    "only a request for changes is pinned to a file");
        }
    }

    /**
     * When the decision was made.
     *
     * @return when the decision was made
     */
    public Instant at() {
        return evidence.at();
    }

    /**
     * Whether this decision approves.
     *
     * @return whether this decision approves
     */
    public boolean approves() {
        return kind == DecisionKind.APPROVE;
    }

    /** The decision without the approver's network details, as other people of the client see it. */
    Decision withoutNetworkDetails() {
        Evidence redacted = new Evidence(evidence.actor(), evidence.at(), "", "", evidence.contentHash(),
                evidence.typedName());
        return new Decision(contactId, kind, versionNumber, comment, pinnedFile, redacted);
    }
}
