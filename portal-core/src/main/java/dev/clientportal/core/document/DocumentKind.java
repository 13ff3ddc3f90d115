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
    STATEMENT,
    /** One revision of a quote, draft or sent, with its acceptance once accepted. */
    QUOTE,
    /** The signature certificate of one agreement version: who signed which hash, when and from where. */
    AGREEMENT_CERTIFICATE
}
