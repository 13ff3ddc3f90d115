package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.examples.demo.DueReminders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's invoice page: the invoice with its lines and totals, what can be done with it in its state (issue a
 * draft, void, record a payment, refund one), and for an issued invoice who opened it and when, and the reminders
 * sent and still to come.
 */
@Component
class StaffInvoicePage {

    /** Views listed on the page, newest first. */
    static final int VIEWS = 20;

    private final ClientPortal portal;

    StaffInvoicePage(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * Fills the page's model.
     *
     * @param staff     who looks
     * @param invoiceId the invoice
     * @param model     the page's model; form values already in it are kept
     * @return the template
     */
    String show(StaffPrincipal staff, InvoiceId invoiceId, Model model) {
        Invoice invoice = portal.invoicing().get(staff, invoiceId);
        Client client = portal.clients().get(staff, invoice.clientId());
        StaffForms.page(portal, staff, model);
        model.addAttribute("invoice", invoice);
        model.addAttribute("client", client);
        model.addAttribute("credit", client.creditBalances().getOrDefault(invoice.total().currency(),
                Money.zero(invoice.total().currency())));
        model.addAttribute("payments", portal.payments().forInvoice(staff, invoiceId));
        model.addAttribute("methods", PaymentMethod.values());
        ZoneId zone = portal.workspaces().get(staff).settings().timeZone();
        model.addAttribute("today", LocalDate.now(zone));
        boolean issued = invoice.status().isIssued();
        DocumentRef document = DocumentRef.of(DocumentType.INVOICE, invoiceId);
        model.addAttribute("engagement", issued ? portal.analytics().engagement(staff, document)
                : Optional.empty());
        List<DocumentView> views = issued ? portal.analytics().views(staff, document, VIEWS) : List.of();
        model.addAttribute("views", views);
        model.addAttribute("viewers", viewers(staff, client, views));
        List<ReminderLogEntry> sent = issued ? portal.automation().reminderLog(staff, invoiceId) : List.of();
        model.addAttribute("remindersSent", sent);
        model.addAttribute("remindersDue", issued ? DueReminders.of(portal, staff, invoice, sent, zone,
                Instant.now()) : List.of());
        model.addAttribute("remindersPaused", issued && !portal.automation().reminderPauses(staff, invoiceId)
                .isEmpty());
        return "staff-invoice";
    }

    /** Names for the contacts among the viewers (the client's own contacts); other viewers show their key. */
    private Map<String, String> viewers(StaffPrincipal staff, Client client, List<DocumentView> views) {
        Map<String, String> names = new HashMap<>();
        if (!views.isEmpty()) {
            for (Contact contact : portal.clients().contacts(staff, client.id())) {
                names.put("contact:" + contact.id(), contact.name() + " <" + contact.email() + ">");
            }
        }
        return names;
    }
}
