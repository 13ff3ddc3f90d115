package dev.clientportal.examples.demo;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reminders of an invoice still to go out, for every example host's staff view: core logs the steps sent and
 * knows the policy in force; what is still ahead is each step of that policy, for each open amount's due date, that
 * is neither logged nor past.
 */
public final class DueReminders {

    private DueReminders() {
    }

    /**
     * A reminder still to go out.
     *
     * @param at     when it goes out
     * @param step   the policy's step
     * @param amount the amount it reminds of, with its due date
     */
    public record Due(Instant at, ReminderStep step, DueAmount amount) {
    }

    /**
     * The reminders still to go out for what is open on an issued invoice, earliest first; none while the client's
     * reminders are paused.
     *
     * @param portal        the portal
     * @param staff         who looks; the calls are scoped to their workspace
     * @param invoice       the invoice, issued
     * @param sent          the steps logged for it, sent or skipped ({@code automation().reminderLog})
     * @param workspaceZone the workspace's time zone, for a client without one of its own
     * @param now           the current instant
     * @return the reminders due, earliest first
     */
    public static List<Due> of(ClientPortal portal, StaffPrincipal staff, Invoice invoice, List<ReminderLogEntry> sent,
                               ZoneId workspaceZone, Instant now) {
        ClientReminderSettings settings = portal.automation().clientReminders(staff, invoice.clientId());
        if (settings.paused()) {
            return List.of();
        }
        ReminderPolicy policy = settings.policy().orElseGet(() -> portal.automation().reminderPolicy(staff));
        ZoneId zone = settings.timeZone().orElse(workspaceZone);
        List<Due> due = new ArrayList<>();
        for (DueAmount amount : invoice.openAmounts()) {
            for (ReminderStep step : policy.steps()) {
                boolean logged = sent.stream().anyMatch(entry -> entry.dueDate().equals(amount.dueDate())
                        && entry.step().equals(step));
                Instant at = policy.sendsAt(amount.dueDate(), step, zone);
                if (!logged && at.isAfter(now)) {
                    due.add(new Due(at, step, amount));
                }
            }
        }
        due.sort(Comparator.comparing(Due::at));
        return due;
    }
}
