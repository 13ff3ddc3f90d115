package dev.clientportal.core.payment;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The values of a payment receipt sent to the client's billing address, in the client's language. */
final class ReceiptMessages {

    private ReceiptMessages() {
    }

    /** A receipt: the amount, the reference, which invoices it paid and what became credit. */
    static NotificationDraft receipt(Workspace workspace, Client client, Payment payment) {
        Locale workspaceLanguage = workspace.settings().locale();
        Part allocations = Part.block(language -> String.join("\n", lines(payment, language)),
                language -> lines(payment, language).stream()
                        .map(line -> "<li>" + Notification.escapeHtml(line.strip()) + "</li>")
                        .reduce("", String::concat));
        return NotificationDraft.of(workspace.id(), Notification.Kind.RECEIPT, client.email(),
                        client.documentLocale(workspaceLanguage), workspaceLanguage,
                        Map.of("business.name", Part.value(workspace.name()),
                                "business.email", Part.value(workspace.settings().email()),
                                "client.name", Part.value(client.name()), "amount", Part.value(payment.amount()),
                                "payment.date", Part.value(payment.receivedOn()),
                                "payment.reference", Part.value(payment.reference()), "allocations", allocations))
                .about(DocumentRef.of(DocumentType.RECEIPT, payment.id())).forClient(client.id());
    }

    private static List<String> lines(Payment payment, Locale language) {
        boolean german = "de".equals(language.getLanguage());
        List<String> lines = new ArrayList<>();
        for (Allocation allocation : payment.allocations()) {
            lines.add((german ? "  Rechnung " : "  Invoice ") + allocation.invoiceNumber() + ": "
                    + allocation.amount());
        }
        if (payment.toCredit().isPositive()) {
            lines.add((german ? "  Guthaben für künftige Rechnungen: " : "  Credit for future invoices: ")
                    + payment.toCredit());
        }
        return lines;
    }
}
