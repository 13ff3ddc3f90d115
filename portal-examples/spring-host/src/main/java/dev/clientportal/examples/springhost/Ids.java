package dev.clientportal.examples.springhost;

import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import java.util.function.Function;

/**
 * Ids from URL paths: a path segment that is no id names nothing, so it answers not found, like an id of a document
 * outside the caller's scope.
 */
final class Ids {

    private Ids() {
    }

    static WorkspaceId workspace(String text) {
        return parse(text, WorkspaceId::of, ErrorCode.WORKSPACE_NOT_FOUND, "workspace");
    }

    static InvoiceId invoice(String text) {
        return parse(text, InvoiceId::of, ErrorCode.INVOICE_NOT_FOUND, "invoice");
    }

    static DeliverableId deliverable(String text) {
        return parse(text, DeliverableId::of, ErrorCode.DELIVERABLE_NOT_FOUND, "deliverable");
    }

    static ClientId client(String text) {
        return parse(text, ClientId::of, ErrorCode.CLIENT_NOT_FOUND, "client");
    }

    static ContactId contact(String text) {
        return parse(text, ContactId::of, ErrorCode.CONTACT_NOT_FOUND, "contact");
    }

    static PaymentId payment(String text) {
        return parse(text, PaymentId::of, ErrorCode.PAYMENT_NOT_FOUND, "payment");
    }

    private static <T> T parse(String text, Function<String, T> parser, ErrorCode notFound, String subject) {
        try {
            return parser.apply(text);
        } catch (PortalException e) {
            throw PortalException.notFound(notFound, subject, text.length() > 40 ? text.substring(0, 40) : text);
        }
    }
}
