package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.workspace.Workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * A receipt for a payment: what was received, when and how, which invoices it settled, what became credit, and
 * any refunds since.
 *
 * @param key         what its rendering is cached under
 * @param letterhead  the receiving business
 * @param billTo      the paying client
 * @param payment     the payment
 * @param mark        REFUNDED once all of it went back, else none
 * @param generatedAt when the document was put together
 */
public record ReceiptDocument(DocumentKey key, Letterhead letterhead, BillTo billTo, Payment payment,
                              StatusMark mark, Instant generatedAt) implements PrintableDocument {

    /**
     * Requires every part.
     *
     * @param key         what its rendering is cached under
     * @param letterhead  the receiving business
     * @param billTo      the paying client
     * @param payment     the payment
     * @param mark        REFUNDED once all of it went back, else none
     * @param generatedAt when the document was put together
     */
    public ReceiptDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(billTo, "billTo");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /**
     * The receipt of a payment.
     *
     * @param workspace   the workspace issuing it, for its letterhead, branding and time zone
     * @param client      the paying client, for its billing block
     * @param payment     the received payment
     * @param logos       where the workspace logo is loaded from when the document is laid out
     * @param generatedAt when the document is put together, from the portal's clock
     * @return the printable receipt
     */
    public static ReceiptDocument of(Workspace workspace, Client client, Payment payment, LogoSource logos,
                                     Instant generatedAt) {
        StatusMark mark = StatusMark.of(payment);
        DocumentKey key = new DocumentKey(workspace.id(), "receipt/" + payment.id(), payment.version(),
                workspace.brandingVersion(), Keys.variant(workspace, client, mark));
        return new ReceiptDocument(key, Letterhead.of(workspace, client, logos), BillTo.of(client), payment, mark,
                generatedAt);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECEIPT;
    }

    /** The receipt's own number, e.g. {@code RCT-2026-00012}: only received payments have a receipt. */
    @Override
    public String reference() {
        return payment.receiptNumber();
    }

    @Override
    public String baseName() {
        return Keys.fileName("receipt-", payment.receiptNumber(), kind());
    }
}
