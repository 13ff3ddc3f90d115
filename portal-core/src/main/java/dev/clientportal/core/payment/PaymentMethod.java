package dev.clientportal.core.payment;

/** How the money arrived. */
public enum PaymentMethod {
    /** A bank or wire transfer. */
    BANK_TRANSFER,
    /** A cheque. */
    CHECK,
    /** Cash. */
    CASH,
    /** A card payment. */
    CARD,
    /** A direct debit or bank debit (ACH, SEPA). */
    DIRECT_DEBIT,
    /** A wallet such as PayPal or Apple Pay. */
    WALLET,
    /** Anything else. */
    OTHER
}
