package dev.clientportal.core.access;

/** How a principal reached the portal. */
public enum AccessChannel {
    /** A contact signed in with a magic link and holds a session. */
    SESSION,
    /** Someone opened a per-document share link. */
    DOCUMENT_LINK,
    /** A workspace user looking at a client's portal. */
    STAFF
}
