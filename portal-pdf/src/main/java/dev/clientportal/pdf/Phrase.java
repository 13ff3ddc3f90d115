package dev.clientportal.pdf;

/**
 * Every word printed on a document, with its English text. {@code {0}}, {@code {1}}, … stand for the values a
 * layout fills in (formatted amounts, dates, numbers, names); every language's text has the same ones, in the order
 * its grammar wants. A translation is one more table in {@link Labels}.
 */
enum Phrase {

    // what each kind of document is called: the PDF title, the continuation header and the footer
    NOUN_INVOICE("Invoice"),
    NOUN_CREDIT_NOTE("Credit note"),
    NOUN_RECEIPT("Receipt"),
    NOUN_STATEMENT("Statement"),
    NOUN_QUOTE("Quote"),
    NOUN_CERTIFICATE("Signature certificate"),
    /** The PDF subject: the document's title, then the client's name. */
    SUBJECT("{0} for {1}"),
    /** A quote's number with its revision, from the second revision on. */
    QUOTE_REVISION_REFERENCE("{0} revision {1}"),
    /** An agreement's title with the version certified. */
    CERTIFICATE_REFERENCE("{0}, version {1}"),
    /** The footer's page number; the page count is printed right after it. */
    PAGE_OF("Page {0} of "),

    // the large title at the top right
    TITLE_INVOICE("INVOICE"),
    TITLE_CREDIT_NOTE("CREDIT NOTE"),
    TITLE_RECEIPT("RECEIPT"),
    TITLE_STATEMENT("STATEMENT"),
    TITLE_QUOTE("QUOTE"),
    TITLE_CERTIFICATE("CERTIFICATE"),

    // the parties band
    FROM("FROM"),
    BILL_TO("BILL TO"),
    CREDIT_TO("CREDIT TO"),
    RECEIVED_FROM("RECEIVED FROM"),
    STATEMENT_FOR("STATEMENT FOR"),
    PREPARED_FOR("PREPARED FOR"),
    CLIENT("CLIENT"),
    /** The client's tax registration under its address. */
    TAX_ID("Tax ID {0}"),

    // line items and totals
    COLUMN_DESCRIPTION("Description"),
    COLUMN_QUANTITY("Qty"),
    COLUMN_UNIT_PRICE("Unit price"),
    COLUMN_TAX("Tax"),
    COLUMN_AMOUNT("Amount"),
    DISCOUNT("Discount"),
    SUBTOTAL("Subtotal"),
    /** A tax summary row: the rate's name and percentage, then the amount it was charged on. */
    TAX_ON("{0} on {1}"),
    TAX_COMPOUND("compound"),
    TAX_EXEMPT("Tax exempt"),
    TOTAL("Total"),

    // invoice
    INVOICE_DATE("Issue date"),
    DUE_DATE("Due date"),
    PAYMENT_TERMS("Payment terms"),
    AMOUNT_DUE("Amount due"),
    CREDITS("Credits"),
    /** The day the late fee's period started. */
    LATE_FEE("Late fee from {0}"),
    PAID("Paid"),
    PAYMENT("PAYMENT"),
    PAID_IN_FULL("Paid in full. Thank you!"),
    INVOICE_VOIDED("This invoice was voided. Nothing is owed on it."),
    INVOICE_DRAFT("Draft: not issued yet, and not a request for payment."),
    /** The payment terms, the amount due, the due date, the invoice number. */
    PLEASE_PAY("{0}. Please pay {1} by {2} and quote {3} with your payment."),
    NOTHING_OWED("Nothing is owed on this invoice."),
    /** An installment's own label, its due date, its amount. */
    INSTALLMENT("{0} · due {1} · {2}"),
    PAY_ONLINE("Pay online"),
    SCAN_OR_OPEN("Scan the code or open:"),
    NOTES("NOTES"),
    TERMS("TERMS"),
    TERMS_DUE_ON_RECEIPT("Due on receipt"),
    TERMS_NET("Net {0}"),
    TERMS_END_OF_MONTH("End of month"),
    TERMS_END_OF_MONTH_PLUS("End of month + {0}"),
    TERMS_DUE_ON("Due on {0}"),

    // credit note
    CREDIT_NOTE_DATE("Issue date"),
    CREDITS_INVOICE("Credits invoice"),
    TOTAL_CREDIT("Total credit"),
    REASON_AND_USE("REASON AND USE"),
    /** The amount credited against the invoice, the invoice number. */
    CREDIT_APPLIED("{0} reduces what is due on invoice {1}."),
    /** The amount credited against the invoice, the invoice number, the amount kept as client credit. */
    CREDIT_APPLIED_AND_KEPT("{0} reduces what is due on invoice {1}; {2} is added to your credit balance for future "
            + "invoices."),

    // receipt
    RECEIVED_ON("Received on"),
    METHOD("Method"),
    REFERENCE("Reference"),
    AMOUNT_RECEIVED("Amount received"),
    COLUMN_APPLIED_TO("Applied to"),
    REFUNDED("Refunded"),
    COLUMN_NET("Net"),
    APPLIED_TO_INVOICE("Invoice {0}"),
    CREDIT_TO_ACCOUNT("Credit to your account"),
    COLUMN_REFUNDED_ON("Refunded on"),
    COLUMN_REASON("Reason"),
    RECEIVED("Received"),
    NET_RECEIVED("Net received"),
    THANK_YOU("THANK YOU"),
    RECEIPT_CONFIRMS("This receipt confirms the payment above. Keep it for your records."),

    // statement
    OPENING_BALANCE("Opening balance"),
    INVOICED_AND_REFUNDED("Invoiced and refunded"),
    PAID_AND_CREDITED("Paid and credited"),
    YOUR_CREDIT("Your credit"),
    BALANCE_DUE("Balance due"),
    COLUMN_DATE("Date"),
    COLUMN_MOVEMENT("Movement"),
    COLUMN_BALANCE("Balance"),
    CLOSING_BALANCE("Closing balance"),
    MOVEMENT_INVOICE("Invoice"),
    MOVEMENT_CREDIT_NOTE("Credit note"),
    MOVEMENT_PAYMENT("Payment"),
    MOVEMENT_REFUND("Refund"),
    MOVEMENT_VOID("Invoice voided"),
    MOVEMENT_LATE_FEE("Late fee"),

    // quote
    QUOTE_DATE("Quote date"),
    VALID_UNTIL("Valid until"),
    DAYS_FROM_SENDING("{0} days from sending"),
    REVISION("Revision"),
    DEPOSIT_ON_ACCEPTANCE("Deposit due on acceptance"),
    ACCEPTANCE("ACCEPTANCE"),
    ACCEPTED_BY("ACCEPTED BY"),
    /** Who accepted, the client they accepted for. */
    ACCEPTED_FOR("{0} · for {1}"),
    QUOTE_DRAFT("Draft: not sent yet, and not an offer."),
    /** The expiry date, the business. */
    QUOTE_EXPIRED("This quote expired on {0}. Ask {1} for a new revision."),
    /** The quote number. */
    QUOTE_SUPERSEDED("A later revision of {0} replaced this one; it can no longer be accepted."),
    /** The business, then the reason as ": reason." or just ".". */
    QUOTE_WITHDRAWN("Withdrawn by {0}{1} It can no longer be accepted."),
    /** The reason as ": reason." or just ".". */
    QUOTE_DECLINED("Declined{0}"),
    /** The business, then the reason as ": reason." or just ".". */
    QUOTE_REVERSED("Accepted, then the acceptance was reversed by {0}{1} Its invoices were withdrawn."),
    /** When it was accepted, what acceptance invoices. */
    QUOTE_ACCEPTED("Accepted on {0}. {1} Thank you!"),
    /** The expiry date, the agreement to sign first (or nothing), what acceptance invoices. */
    QUOTE_TO_ACCEPT("To accept, open this quote in your client portal by {0} and sign with your typed name{1}. {2}"),
    /** The title of the agreement that must be signed before the quote can be accepted. */
    ONCE_AGREEMENT_SIGNED(", once the agreement \u201C{0}\u201D is signed"),
    INVOICED_IN_FULL("Acceptance is invoiced in full: {0}."),
    /** The deposit, the rest. */
    DEPOSIT_THEN_REST("Deposit due on acceptance: {0}; the remaining {1} is invoiced later."),

    // the evidence of a signature or an acceptance
    EMAIL("Email"),
    SIGNED_AT("Signed at"),
    ACCEPTED_AT("Accepted at"),
    IP_ADDRESS("IP address"),
    USER_AGENT("User agent"),
    TYPED_NAME("Typed name"),
    SIGNED_IN_AS("Signed in as"),
    IN_CLIENT_PORTAL("{0}, in the client portal"),
    FOR_BUSINESS("{0}, for the business"),
    SIGNED_HASH("Signed SHA-256"),
    ACCEPTED_HASH("Accepted SHA-256"),
    HASH_CHECK("Hash check"),
    HASH_MATCHES("matches the SHA-256 of this document"),
    HASH_DIFFERS("DIFFERS from the SHA-256 of this document"),
    NOT_RECORDED("not recorded"),

    // signature certificate
    SIGNATURES_ON_VERSION("Signatures on version {0}"),
    STATUS("Status"),
    VERSION("Version"),
    VERSION_CURRENT("{0} (current)"),
    /** A count or a version out of a total, e.g. "2 of 3". */
    X_OF_Y("{0} of {1}"),
    SIGNATURE_COUNT("Signatures"),
    AGREEMENT("AGREEMENT"),
    VERSION_IS_CURRENT("{0}, the current version"),
    VERSION_SUPERSEDED("{0}, superseded by version {1}"),
    DOCUMENT("Document"),
    DOCUMENT_HASH("Document SHA-256"),
    /** An agreement signed as a text kept in the portal. */
    DOCUMENT_TEXT("text"),
    /** An agreement signed as a file, by its name. */
    DOCUMENT_FILE("file {0}"),
    SIGNATURES("SIGNATURES"),
    NOBODY_SIGNED("Nobody has signed this version yet."),
    AWAITING_SIGNATURE("Awaiting signature"),
    SIGNS_AS("Signs as"),
    ABOUT_CERTIFICATE("ABOUT THIS CERTIFICATE"),
    /** When it was generated, the business. */
    CERTIFICATE_EXPLAINED("Generated on {0} for {1} from the records of its client portal. Each signature records "
            + "the SHA-256 of the document as it was shown to the signer; anyone holding the document can compute its "
            + "SHA-256 and compare it with the hashes above."),
    AGREEMENT_DRAFT("Draft, not sent"),
    AGREEMENT_SENT("Sent, not signed yet"),
    AGREEMENT_PARTIALLY_SIGNED("Partially signed"),
    AGREEMENT_SIGNED("Signed"),
    AGREEMENT_VOID("Void"),
    PARTY_CLIENT("client signer"),
    PARTY_BUSINESS("countersignature for the business"),

    // status stamps
    MARK_PAID("PAID"),
    MARK_VOID("VOID"),
    MARK_OVERDUE("OVERDUE"),
    MARK_DRAFT("DRAFT"),
    MARK_REFUNDED("REFUNDED"),
    MARK_ACCEPTED("ACCEPTED"),
    MARK_EXPIRED("EXPIRED"),
    MARK_REJECTED("REJECTED"),
    MARK_REVERSED("REVERSED"),
    MARK_SUPERSEDED("SUPERSEDED"),
    MARK_SIGNED("SIGNED"),
    MARK_PARTIALLY_SIGNED("PARTIALLY SIGNED"),
    MARK_UNSIGNED("UNSIGNED"),

    // payment methods
    METHOD_BANK_TRANSFER("Bank transfer"),
    METHOD_CHECK("Check"),
    METHOD_CASH("Cash"),
    METHOD_CARD("Card"),
    METHOD_DIRECT_DEBIT("Direct debit"),
    METHOD_WALLET("Wallet"),
    METHOD_OTHER("Other");

    private final String english;

    Phrase(String english) {
        this.english = english;
    }

    /** The English text, with its placeholders. */
    String english() {
        return english;
    }
}
