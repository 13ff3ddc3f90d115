package dev.clientportal.pdf;

import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.receivables.StatementLine;

/**
 * The words printed on documents, in one place so a translation is one more instance. English for now; amounts
 * and dates already follow the workspace locale through {@link Formats}.
 */
final class Labels {

    static final Labels ENGLISH = new Labels();

    private Labels() {
    }

    String pageOf(int page) {
        return "Page " + page + " of ";
    }

    String mark(StatusMark mark) {
        return switch (mark) {
            case PAID -> "PAID";
            case VOID -> "VOID";
            case OVERDUE -> "OVERDUE";
            case DRAFT -> "DRAFT";
            case REFUNDED -> "REFUNDED";
            case ACCEPTED -> "ACCEPTED";
            case EXPIRED -> "EXPIRED";
            case REJECTED -> "REJECTED";
            case REVERSED -> "REVERSED";
            case SUPERSEDED -> "SUPERSEDED";
            case SIGNED -> "SIGNED";
            case PARTIALLY_SIGNED -> "PARTIALLY SIGNED";
            case UNSIGNED -> "UNSIGNED";
            case NONE -> "";
        };
    }

    String agreementStatus(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "Draft, not sent";
            case SENT -> "Sent, not signed yet";
            case PARTIALLY_SIGNED -> "Partially signed";
            case SIGNED -> "Signed";
            case VOID -> "Void";
        };
    }

    /** What a signer signed as, e.g. "client signer" or "countersigned for the business". */
    String party(SignatureCertificate.Party party) {
        return switch (party) {
            case CLIENT -> "client signer";
            case BUSINESS -> "countersignature for the business";
        };
    }

    String method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> "Bank transfer";
            case CHECK -> "Check";
            case CASH -> "Cash";
            case CARD -> "Card";
            case DIRECT_DEBIT -> "Direct debit";
            case WALLET -> "Wallet";
            case OTHER -> "Other";
        };
    }

    String movement(StatementLine.Kind kind) {
        return switch (kind) {
            case INVOICE -> "Invoice";
            case CREDIT_NOTE -> "Credit note";
            case PAYMENT -> "Payment";
            case REFUND -> "Refund";
            case VOID -> "Invoice voided";
        };
    }
}
