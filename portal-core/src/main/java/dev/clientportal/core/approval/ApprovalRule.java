package dev.clientportal.core.approval;

/** How many of the addressed approvers must approve before a request counts as approved; set per request. */
public enum ApprovalRule {
    /** Every addressed approver must approve. */
    ALL,
    /** The first approval of any addressed approver decides. */
    ANY
}
