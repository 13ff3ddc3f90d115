package dev.clientportal.stripe;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/** The metadata keys the portal puts on Stripe objects so that their events name workspace and invoice again. */
final class StripeMetadata {

    static final String WORKSPACE = "portal_workspace_id";
    static final String CLIENT = "portal_client_id";
    static final String INVOICE = "portal_invoice_id";
    static final String INVOICE_NUMBER = "portal_invoice_number";
    static final String PURPOSE = "portal_purpose";
    static final String REASON = "portal_reason";

    private StripeMetadata() {
    }

    static Map<String, String> of(WorkspaceId workspaceId, ClientId clientId, InvoiceId invoiceId,
                                  @Nullable String invoiceNumber, String purpose) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(WORKSPACE, workspaceId.toString());
        metadata.put(CLIENT, clientId.toString());
        metadata.put(INVOICE, invoiceId.toString());
        if (invoiceNumber != null) {
            metadata.put(INVOICE_NUMBER, invoiceNumber);
        }
        metadata.put(PURPOSE, purpose);
        return metadata;
    }
}
