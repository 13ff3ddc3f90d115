package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.workspace.Workspace;

import java.util.Optional;

/** The wording of a payment receipt sent to the client's billing address. */
final class ReceiptMessages {

    private ReceiptMessages() {
    }

    /** A receipt: the amount, the reference, which invoices it paid and what became credit. */
    static Notification receipt(Workspace workspace, Client client, Payment payment) {
        StringBuilder text = new StringBuilder("Hello " + client.name() + ",\n\n" + workspace.name()
                + " received your payment of " + payment.amount() + " on " + payment.receivedOn() + " (reference "
                + payment.reference() + ").\n");
        StringBuilder html = new StringBuilder("<p>Hello " + Notification.escapeHtml(client.name()) + ",</p><p>"
                + Notification.escapeHtml(workspace.name()) + " received your payment of " + payment.amount() + " on "
                + payment.receivedOn() + " (reference " + Notification.escapeHtml(payment.reference()) + ").</p><ul>");
        for (Allocation allocation : payment.allocations()) {
            text.append("\n  Invoice ").append(allocation.invoiceNumber()).append(": ").append(allocation.amount());
            html.append("<li>Invoice ").append(Notification.escapeHtml(allocation.invoiceNumber())).append(": ")
                    .append(allocation.amount()).append("</li>");
        }
        if (payment.toCredit().isPositive()) {
            text.append("\n  Credit for future invoices: ").append(payment.toCredit());
            html.append("<li>Credit for future invoices: ").append(payment.toCredit()).append("</li>");
        }
        text.append("\n\nThank you.\n");
        html.append("</ul><p>Thank you.</p>");
        return new Notification(workspace.id(), Notification.Kind.RECEIPT, client.email(),
                Notification.subjectLine("Payment receipt from " + workspace.name()), text.toString(),
                html.toString(), Optional.of(DocumentRef.of(DocumentType.RECEIPT, payment.id())));
    }
}
