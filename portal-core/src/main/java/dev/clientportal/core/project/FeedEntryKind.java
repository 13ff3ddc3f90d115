package dev.clientportal.core.project;

/** What a feed entry is: an update staff wrote, a contact's reply, or something the portal noted by itself. */
public enum FeedEntryKind {
    /** An update a staff member posted; editable by its author for a short while, then only superseded. */
    UPDATE,
    /** A contact's reply to an update; a reply to an update that needs input answers it. */
    REPLY,
    /** The portal noted that an invoice of a project was issued. */
    INVOICE_ISSUED,
    /** The portal noted that an invoice of a project was paid in full. */
    INVOICE_PAID,
    /** The portal noted that a new version of a deliverable of a project was uploaded. */
    VERSION_UPLOADED,
    /** The portal noted that a contact approved a version of a deliverable of a project. */
    APPROVAL_GIVEN,
    /** The portal noted that a quote of a project was accepted. */
    QUOTE_ACCEPTED,
    /** The portal noted that a contact signed an agreement of a project. */
    AGREEMENT_SIGNED,
    /** The portal noted that a file of the client's library was shared in a project. */
    FILE_SHARED;

    /**
     * Whether the portal writes entries of this kind by itself, each under a natural key, rather than a person.
     *
     * @return {@code true} for the portal's notes, {@code false} for updates and replies
     */
    public boolean notedByPortal() {
        return this != UPDATE && this != REPLY;
    }
}
