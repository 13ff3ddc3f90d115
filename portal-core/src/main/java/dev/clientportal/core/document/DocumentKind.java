package dev.clientportal.core.document;

/** The kinds of printable document; a renderer declares which of them it can lay out. */
public enum DocumentKind {
    /** An invoice, draft or issued. */
    INVOICE,
    /** A credit note against an invoice. */
    CREDIT_NOTE,
    /** A receipt for a payment received. */
    RECEIPT,
    /** A client statement for a period. */
    STATEMENT
}
