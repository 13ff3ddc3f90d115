package dev.clientportal.core.automation;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Writes the one reminder message a client gets on a day, listing each due invoice with the wording its engagement
 * calls for: the link again for an invoice never opened, a nudge naming the view for one viewed and unpaid.
 */
final class ReminderMessages {

    private final PayLinks payLinks;

    ReminderMessages(PayLinks payLinks) {
        this.payLinks = payLinks;
    }

    /**
     * One amount in a message.
     *
     * @param invoice the invoice as it stands
     * @param facts   the amount owed
     * @param outcome which wording
     */
    record Line(Invoice invoice, ReminderFacts facts, ReminderOutcome outcome) {
    }

    Notification compose(Workspace workspace, Client client, List<Line> lines, LocalDate today) {
        String business = workspace.settings().name();
        String subject = lines.size() == 1
                ? "Payment reminder: invoice " + lines.get(0).invoice().requireNumber() + " from " + business
                : "Payment reminder: " + lines.size() + " invoices from " + business;
        StringBuilder text = new StringBuilder("Hello " + client.name() + ",\n\n");
        StringBuilder html = new StringBuilder("<p>Hello " + Notification.escapeHtml(client.name()) + ",</p><ul>");
        for (Line line : lines) {
            String summary = "Invoice " + line.invoice().requireNumber() + ": " + line.facts().amount() + " "
                    + when(line.facts().dueDate(), today) + ".";
            Optional<URI> link = payLinks.payUrl(line.invoice());
            String follow = switch (line.outcome()) {
                case NUDGED_VIEWED -> " You have viewed this invoice; it is still unpaid.";
                case RESENT_WITH_LINK -> " It seems this invoice has not been opened yet, so here it is again: "
                        + link.map(URI::toString).orElse("you find it in your client portal") + ".";
                case SKIPPED_BY_CATCH_UP -> throw new IllegalStateException("a skipped step is never sent");
            };
            text.append("- ").append(summary).append(follow).append('\n');
            html.append("<li>").append(Notification.escapeHtml(summary + follow)).append("</li>");
        }
        text.append("\nThank you,\n").append(business).append('\n');
        html.append("</ul><p>Thank you,<br>").append(Notification.escapeHtml(business)).append("</p>");
        return new Notification(workspace.id(), Notification.Kind.PAYMENT_REMINDER, client.email(),
                Notification.subjectLine(subject), text.toString(), html.toString(),
                Optional.of(DocumentRef.of(DocumentType.INVOICE, lines.get(0).invoice().id())));
    }

    private static String when(LocalDate dueDate, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, dueDate);
        if (days > 0) {
            return "is due on " + dueDate + " (in " + days + (days == 1 ? " day)" : " days)");
        }
        if (days == 0) {
            return "is due today";
        }
        return "was due on " + dueDate + " (" + -days + (days == -1 ? " day" : " days") + " ago)";
    }
}
