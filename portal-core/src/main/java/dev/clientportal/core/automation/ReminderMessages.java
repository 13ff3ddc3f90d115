package dev.clientportal.core.automation;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.notices.NotificationDraft;
import dev.clientportal.core.notices.Part;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.workspace.Workspace;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * @param step    the reminder step sent
     * @param outcome which wording
     */
    record Line(Invoice invoice, ReminderFacts facts, ReminderStep step, ReminderOutcome outcome) {
    }

    NotificationDraft compose(Workspace workspace, Client client, List<Line> lines, LocalDate today) {
        Locale workspaceLanguage = workspace.settings().locale();
        String first = lines.get(0).invoice().requireNumber();
        Part summary = Part.phrase(language -> german(language)
                ? lines.size() == 1 ? "Rechnung " + first : lines.size() + " Rechnungen"
                : lines.size() == 1 ? "invoice " + first : lines.size() + " invoices");
        Part invoices = Part.block(language -> {
            StringBuilder text = new StringBuilder();
            lines.forEach(line -> text.append("- ").append(describe(line, today, language)).append('\n'));
            return text.toString();
        }, language -> {
            StringBuilder html = new StringBuilder();
            lines.forEach(line -> html.append("<li>").append(Notification.escapeHtml(describe(line, today, language)))
                    .append("</li>"));
            return html.toString();
        });
        String steps = lines.stream().map(line -> line.invoice().requireNumber() + " " + line.step().code())
                .collect(java.util.stream.Collectors.joining(", "));
        return NotificationDraft.of(workspace.id(), Notification.Kind.PAYMENT_REMINDER, client.email(),
                        client.documentLocale(workspaceLanguage), workspaceLanguage,
                        Map.of("business.name", Part.value(workspace.settings().name()),
                                "business.email", Part.value(workspace.settings().email()),
                                "client.name", Part.value(client.name()), "invoices", invoices,
                                "invoices.summary", summary, "invoice.count", Part.value(lines.size())))
                .about(DocumentRef.of(DocumentType.INVOICE, lines.get(0).invoice().id())).forClient(client.id())
                .step(steps);
    }

    /** One invoice's line: amount and due date, then the wording its engagement calls for. */
    private String describe(Line line, LocalDate today, Locale language) {
        boolean german = german(language);
        String summary = (german ? "Rechnung " : "Invoice ") + line.invoice().requireNumber() + ": "
                + line.facts().amount() + " " + when(line.facts().dueDate(), today, german) + ".";
        Optional<URI> link = payLinks.payUrl(line.invoice());
        String follow = switch (line.outcome()) {
            case NUDGED_VIEWED -> german ? " Sie haben diese Rechnung angesehen; sie ist noch offen."
                    : " You have viewed this invoice; it is still unpaid.";
            case RESENT_WITH_LINK -> german
                    ? " Diese Rechnung wurde anscheinend noch nicht geöffnet, darum hier noch einmal: "
                            + link.map(URI::toString).orElse("Sie finden sie in Ihrem Kundenportal") + "."
                    : " It seems this invoice has not been opened yet, so here it is again: "
                            + link.map(URI::toString).orElse("you find it in your client portal") + ".";
            case SKIPPED_BY_CATCH_UP -> throw new IllegalStateException("a skipped step is never sent");
        };
        return summary + follow;
    }

    private static boolean german(Locale language) {
        return "de".equals(language.getLanguage());
    }

    private static String when(LocalDate dueDate, LocalDate today, boolean german) {
        long days = ChronoUnit.DAYS.between(today, dueDate);
        if (german) {
            if (days > 0) {
                return "ist fällig am " + dueDate + " (in " + days + (days == 1 ? " Tag)" : " Tagen)");
            }
            return days == 0 ? "ist heute fällig"
                    : "war fällig am " + dueDate + " (vor " + -days + (days == -1 ? " Tag)" : " Tagen)");
        }
        if (days > 0) {
            return "is due on " + dueDate + " (in " + days + (days == 1 ? " day)" : " days)");
        }
        if (days == 0) {
            return "is due today";
        }
        return "was due on " + dueDate + " (" + -days + (days == -1 ? " day" : " days") + " ago)";
    }
}
