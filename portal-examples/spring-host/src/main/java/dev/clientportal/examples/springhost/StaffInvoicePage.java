package dev.clientportal.examples.springhost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.analytics.DocumentView;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
        model.addAttribute("remindersDue", issued ? remindersDue(staff, invoice, sent, zone) : List.of());
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

    /**
     * The reminders still to go out for what is open on the invoice: each step of the policy in force for the client,
     * for each open amount's due date, that has not been sent or skipped yet and whose time is still ahead.
     */
    private List<ReminderDue> remindersDue(StaffPrincipal staff, Invoice invoice, List<ReminderLogEntry> sent,
                                           ZoneId workspaceZone) {
        ClientReminderSettings settings = portal.automation().clientReminders(staff, invoice.clientId());
        if (settings.paused()) {
            return List.of();
        }
        ReminderPolicy policy = settings.policy().orElseGet(() -> portal.automation().reminderPolicy(staff));
        ZoneId zone = settings.timeZone().orElse(workspaceZone);
        Instant now = Instant.now();
        List<ReminderDue> due = new ArrayList<>();
        for (DueAmount amount : invoice.openAmounts()) {
            for (ReminderStep step : policy.steps()) {
                boolean logged = sent.stream().anyMatch(entry -> entry.dueDate().equals(amount.dueDate())
                        && entry.step().equals(step));
                Instant at = policy.sendsAt(amount.dueDate(), step, zone);
                if (!logged && at.isAfter(now)) {
                    due.add(new ReminderDue(at, step, amount));
                }
            }
        }
        due.sort(Comparator.comparing(ReminderDue::at));
        return due;
    }

    /**
     * A reminder still to go out.
     *
     * @param at     when it goes out
     * @param step   the policy's step
     * @param amount the amount it reminds of, with its due date
     */
    record ReminderDue(Instant at, ReminderStep step, DueAmount amount) {
    }
}
