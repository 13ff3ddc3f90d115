package dev.clientportal.core.project;

/** What a feed entry is: an update staff wrote, or something the portal noted by itself. */
public enum FeedEntryKind {
    /** An update a staff member posted; editable by its author for a short while, then only superseded. */
    UPDATE,
    /** The portal noted that an invoice of a project was issued. */
    INVOICE_ISSUED,
    /** The portal noted that an invoice of a project was paid in full. */
    INVOICE_PAID
}
