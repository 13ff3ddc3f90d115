package dev.clientportal.core.notices;


import dev.clientportal.core.notification.Notification.Kind;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The built-in wording of every kind, in English and German; a workspace's own templates replace it. */
final class DefaultTemplates {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale GERMAN = Locale.GERMAN;

    private static final Map<Kind, NotificationTemplate> EN = new EnumMap<>(Kind.class);
    private static final Map<Kind, NotificationTemplate> DE = new EnumMap<>(Kind.class);

    static {
        en(Kind.INVITATION, "{{business.name}} invited you to its client portal",
                "Hello {{contact.name}},\n\n{{business.name}} invited you to its client portal, where you can see"
                        + " your invoices, pay them and more.\n\nOpen the portal: {{link}}\n\nThis link works once,"
                        + " until {{link.expires}}.\n",
                "<p>Hello {{contact.name}},</p><p>{{business.name}} invited you to its client portal, where you can"
                        + " see your invoices, pay them and more.</p><p><a href=\"{{link}}\">Open the portal</a></p>"
                        + "<p>This link works once, until {{link.expires}}.</p>");
        de(Kind.INVITATION, "{{business.name}} hat Sie zum Kundenportal eingeladen",
                "Guten Tag {{contact.name}},\n\n{{business.name}} hat Sie zum Kundenportal eingeladen, wo Sie Ihre"
                        + " Rechnungen sehen, bezahlen und mehr.\n\nPortal öffnen: {{link}}\n\nDieser Link gilt"
                        + " einmal, bis {{link.expires}}.\n",
                "<p>Guten Tag {{contact.name}},</p><p>{{business.name}} hat Sie zum Kundenportal eingeladen, wo Sie"
                        + " Ihre Rechnungen sehen, bezahlen und mehr.</p><p><a href=\"{{link}}\">Portal öffnen</a>"
                        + "</p><p>Dieser Link gilt einmal, bis {{link.expires}}.</p>");
        en(Kind.SIGN_IN_LINK, "Your sign-in link for {{business.name}}",
                "Hello {{contact.name}},\n\nSign in to the client portal of {{business.name}}: {{link}}\n\nThis link"
                        + " works once, until {{link.expires}}. If you did not ask for it, ignore this message.\n",
                "<p>Hello {{contact.name}},</p><p><a href=\"{{link}}\">Sign in to the client portal of"
                        + " {{business.name}}</a></p><p>This link works once, until {{link.expires}}. If you did not"
                        + " ask for it, ignore this message.</p>");
        de(Kind.SIGN_IN_LINK, "Ihr Anmeldelink für {{business.name}}",
                "Guten Tag {{contact.name}},\n\nMelden Sie sich im Kundenportal von {{business.name}} an: {{link}}"
                        + "\n\nDieser Link gilt einmal, bis {{link.expires}}. Wenn Sie ihn nicht angefordert haben,"
                        + " ignorieren Sie diese Nachricht.\n",
                "<p>Guten Tag {{contact.name}},</p><p><a href=\"{{link}}\">Im Kundenportal von {{business.name}}"
                        + " anmelden</a></p><p>Dieser Link gilt einmal, bis {{link.expires}}. Wenn Sie ihn nicht"
                        + " angefordert haben, ignorieren Sie diese Nachricht.</p>");
        en(Kind.PAYMENT_REMINDER, "Payment reminder: {{invoices.summary}} from {{business.name}}",
                "Hello {{client.name}},\n\n{{invoices}}\nThank you,\n{{business.name}}\n",
                "<p>Hello {{client.name}},</p><ul>{{invoices}}</ul><p>Thank you,<br>{{business.name}}</p>");
        de(Kind.PAYMENT_REMINDER, "Zahlungserinnerung: {{invoices.summary}} von {{business.name}}",
                "Guten Tag {{client.name}},\n\n{{invoices}}\nVielen Dank,\n{{business.name}}\n",
                "<p>Guten Tag {{client.name}},</p><ul>{{invoices}}</ul><p>Vielen Dank,<br>{{business.name}}</p>");
        en(Kind.RECEIPT, "Payment receipt from {{business.name}}",
                "Hello {{client.name}},\n\n{{business.name}} received your payment of {{amount}} on {{payment.date}}"
                        + " (reference {{payment.reference}}).\n\n{{allocations}}\n\nThank you.\n",
                "<p>Hello {{client.name}},</p><p>{{business.name}} received your payment of {{amount}} on"
                        + " {{payment.date}} (reference {{payment.reference}}).</p><ul>{{allocations}}</ul>"
                        + "<p>Thank you.</p>");
        de(Kind.RECEIPT, "Zahlungsbestätigung von {{business.name}}",
                "Guten Tag {{client.name}},\n\n{{business.name}} hat Ihre Zahlung von {{amount}} am {{payment.date}}"
                        + " erhalten (Referenz {{payment.reference}}).\n\n{{allocations}}\n\nVielen Dank.\n",
                "<p>Guten Tag {{client.name}},</p><p>{{business.name}} hat Ihre Zahlung von {{amount}} am"
                        + " {{payment.date}} erhalten (Referenz {{payment.reference}}).</p><ul>{{allocations}}</ul>"
                        + "<p>Vielen Dank.</p>");
        en(Kind.DOCUMENT_VIEWED, "{{client.name}} viewed {{document}}",
                "Hello,\n\n{{client.name}} opened {{document}} in the client portal for the first time, on"
                        + " {{viewed.at}}.\n",
                "<p>Hello,</p><p>{{client.name}} opened {{document}} in the client portal for the first time, on"
                        + " {{viewed.at}}.</p>");
        de(Kind.DOCUMENT_VIEWED, "{{client.name}} hat {{document}} angesehen",
                "Guten Tag,\n\n{{client.name}} hat {{document}} am {{viewed.at}} zum ersten Mal im Kundenportal"
                        + " geöffnet.\n",
                "<p>Guten Tag,</p><p>{{client.name}} hat {{document}} am {{viewed.at}} zum ersten Mal im"
                        + " Kundenportal geöffnet.</p>");
        en(Kind.INVOICE_ISSUED, "Invoice {{invoice.number}} from {{business.name}}",
                "Hello {{client.name}},\n\nInvoice {{invoice.number}} of {{invoice.date}}: {{amount}}, due on"
                        + " {{due.date}}. View and pay it at {{link}}.\n\nThank you,\n{{business.name}}\n",
                "<p>Hello {{client.name}},</p><p>Invoice {{invoice.number}} of {{invoice.date}}: {{amount}}, due on"
                        + " {{due.date}}. View and pay it at {{link}}.</p><p>Thank you,<br>{{business.name}}</p>");
        de(Kind.INVOICE_ISSUED, "Rechnung {{invoice.number}} von {{business.name}}",
                "Guten Tag {{client.name}},\n\nRechnung {{invoice.number}} vom {{invoice.date}}: {{amount}}, fällig"
                        + " am {{due.date}}. Ansehen und bezahlen: {{link}}.\n\nVielen Dank,\n{{business.name}}\n",
                "<p>Guten Tag {{client.name}},</p><p>Rechnung {{invoice.number}} vom {{invoice.date}}: {{amount}},"
                        + " fällig am {{due.date}}. Ansehen und bezahlen: {{link}}.</p><p>Vielen Dank,<br>"
                        + "{{business.name}}</p>");
        en(Kind.PAYMENT_ACTION_REQUIRED,
                "Please confirm your payment of invoice {{invoice.number}} to {{business.name}}",
                "Hello {{client.name}},\n\nWe tried to charge your saved payment method for invoice"
                        + " {{invoice.number}}, and your bank needs you to confirm the payment. Please pay it at"
                        + " {{link}}.\n\nThank you,\n{{business.name}}\n",
                "<p>Hello {{client.name}},</p><p>We tried to charge your saved payment method for invoice"
                        + " {{invoice.number}}, and your bank needs you to confirm the payment. Please pay it at"
                        + " {{link}}.</p><p>Thank you,<br>{{business.name}}</p>");
        de(Kind.PAYMENT_ACTION_REQUIRED,
                "Bitte bestätigen Sie Ihre Zahlung der Rechnung {{invoice.number}} an {{business.name}}",
                "Guten Tag {{client.name}},\n\nWir wollten Ihre gespeicherte Zahlungsart für die Rechnung"
                        + " {{invoice.number}} belasten, und Ihre Bank verlangt Ihre Bestätigung. Bitte bezahlen Sie"
                        + " sie unter {{link}}.\n\nVielen Dank,\n{{business.name}}\n",
                "<p>Guten Tag {{client.name}},</p><p>Wir wollten Ihre gespeicherte Zahlungsart für die Rechnung"
                        + " {{invoice.number}} belasten, und Ihre Bank verlangt Ihre Bestätigung. Bitte bezahlen Sie"
                        + " sie unter {{link}}.</p><p>Vielen Dank,<br>{{business.name}}</p>");
        en(Kind.FEED_DIGEST, "{{updates.summary}} from {{business.name}}",
                "Hello {{contact.name}},\n\n{{business.name}} posted {{updates.summary}} for {{client.name}}:\n\n"
                        + "{{updates}}\nSign in to the client portal to read and answer them.\n",
                "<p>Hello {{contact.name}},</p><p>{{business.name}} posted {{updates.summary}} for"
                        + " {{client.name}}:</p><ul>{{updates}}</ul><p>Sign in to the client portal to read and"
                        + " answer them.</p>");
        de(Kind.FEED_DIGEST, "{{updates.summary}} von {{business.name}}",
                "Guten Tag {{contact.name}},\n\n{{business.name}} hat {{updates.summary}} für {{client.name}}"
                        + " veröffentlicht:\n\n{{updates}}\nMelden Sie sich im Kundenportal an, um sie zu lesen und"
                        + " zu beantworten.\n",
                "<p>Guten Tag {{contact.name}},</p><p>{{business.name}} hat {{updates.summary}} für"
                        + " {{client.name}} veröffentlicht:</p><ul>{{updates}}</ul><p>Melden Sie sich im Kundenportal"
                        + " an, um sie zu lesen und zu beantworten.</p>");
    }

    private DefaultTemplates() {
    }

    /** The built-in template of a kind in exactly that language, if there is one. */
    static Optional<NotificationTemplate> find(Kind kind, Locale language) {
        if (language.equals(ENGLISH)) {
            return Optional.ofNullable(EN.get(kind));
        }
        return language.equals(GERMAN) ? Optional.ofNullable(DE.get(kind)) : Optional.empty();
    }

    /** Every built-in template. */
    static List<NotificationTemplate> all() {
        return java.util.stream.Stream.concat(EN.values().stream(), DE.values().stream()).toList();
    }

    private static void en(Kind kind, String subject, String text, String html) {
        EN.put(kind, new NotificationTemplate(kind, ENGLISH, subject, text, html));
    }

    private static void de(Kind kind, String subject, String text, String html) {
        DE.put(kind, new NotificationTemplate(kind, GERMAN, subject, text, html));
    }
}
