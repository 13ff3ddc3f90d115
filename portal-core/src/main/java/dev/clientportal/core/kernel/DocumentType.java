package dev.clientportal.core.kernel;

/** The kinds of documents a client can open in the portal, share by link, and be seen viewing. */
public enum DocumentType {
    /** An invoice. */
    INVOICE,
    /** A credit note. */
    CREDIT_NOTE,
    /** A payment receipt. */
    RECEIPT,
    /** A client statement; the document id is the client's id. */
    STATEMENT,
    /** A quote or proposal. */
    QUOTE,
    /** One version of a deliverable. */
    DELIVERABLE_VERSION,
    /** A contract to sign. */
    AGREEMENT,
    /** A shared file. */
    FILE
}
