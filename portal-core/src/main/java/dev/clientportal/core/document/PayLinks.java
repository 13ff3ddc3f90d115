package dev.clientportal.core.document;

import dev.clientportal.core.invoice.Invoice;

import java.net.URI;
import java.util.Optional;

/**
 * Where a client pays an invoice online (a hosted payment page, a payment-gateway link). When it answers a URL for
 * a payable invoice, the invoice document prints a "Pay online" link and its QR code.
 */
@FunctionalInterface
public interface PayLinks {

    /**
     * The pay URL of an issued invoice that still has an amount due, or empty for none.
     *
     * @param invoice an issued invoice
     * @return the pay URL, empty when the host offers none for this invoice
     */
    Optional<URI> payUrl(Invoice invoice);

    /**
     * No online payment: documents carry no pay link.
     *
     * @return pay links that never give a URL
     */
    static PayLinks none() {
        return invoice -> Optional.empty();
    }
}
