package dev.clientportal.core.approval;

/** What an approver decided on a version. */
public enum DecisionKind {
    /** The version is approved as it is. */
    APPROVE,
    /** The version needs changes; the comment says which. */
    REQUEST_CHANGES
}
