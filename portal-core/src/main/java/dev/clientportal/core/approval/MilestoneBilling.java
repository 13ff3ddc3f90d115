package dev.clientportal.core.approval;

/** What approving a deliverable does with its milestone invoice. */
public enum MilestoneBilling {
    /** Creates the invoice and issues it at once. */
    ISSUE,
    /** Creates the invoice as a draft for the business to review and issue. */
    DRAFT
}
