package dev.clientportal.core.approval;

/** Where a deliverable stands, derived from its latest version and that version's latest request. */
public enum DeliverableStatus {
    /** No version has been delivered yet. */
    NO_VERSION,
    /** The latest version has no open or decided request (none was made, or it was withdrawn). */
    NOT_REQUESTED,
    /** The latest version waits for the approvers' decisions. */
    IN_REVIEW,
    /** An approver asked for changes on the latest version. */
    CHANGES_REQUESTED,
    /** The latest version is approved. */
    APPROVED
}
