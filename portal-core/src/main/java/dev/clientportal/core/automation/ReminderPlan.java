package dev.clientportal.core.automation;

import dev.clientportal.core.invoice.Invoice;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one amount owed gets now: the step to send and the earlier steps skipped with it. The catch-up rule lives
 * here: of the steps whose time has come and that come after the last one logged, only the latest goes out, so an
 * outage of any length ends in one reminder per amount, never a burst of the missed ones.
 *
 * @param facts   the amount owed
 * @param step    the step to send
 * @param skipped the earlier steps due but not logged, recorded as skipped, earliest first
 */
record ReminderPlan(ReminderFacts facts, ReminderStep step, List<ReminderStep> skipped) {

    ReminderPlan {
        skipped = List.copyOf(skipped);
    }

    /** The plan for an amount at {@code now} under a policy in the client's zone; empty when nothing is due. */
    static Optional<ReminderPlan> of(ReminderFacts facts, ReminderPolicy policy, ZoneId zone, Instant now) {
        Optional<ReminderStep> lastLogged = facts.logged().stream().max(Comparator.naturalOrder());
        List<ReminderStep> pending = policy.stepsDue(facts.dueDate(), zone, now).stream()
                .filter(step -> lastLogged.map(last -> step.compareTo(last) > 0).orElse(true))
                .toList();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        ReminderStep latest = pending.get(pending.size() - 1);
        return Optional.of(new ReminderPlan(facts, latest, pending.subList(0, pending.size() - 1)));
    }

    /** The claim key of the step to send. */
    WorkKey key() {
        return WorkKey.reminder(facts.invoiceId(), facts.dueDate(), step);
    }

    /** Whether the amount is still owed on the invoice as it is now: nothing paid, credited or voided it since. */
    boolean stillOwed(@Nullable Invoice invoice) {
        return invoice != null && invoice.isOpenForCollection()
                && invoice.openAmounts().stream().anyMatch(open -> open.dueDate().equals(facts.dueDate()));
    }

    /** A log entry of one of this amount's steps. */
    ReminderLogEntry entry(ReminderStep ofStep, ReminderOutcome outcome, String recipient, Instant at) {
        return new ReminderLogEntry(facts.workspaceId(), facts.clientId(), facts.invoiceId(), facts.dueDate(), ofStep,
                outcome, recipient, at);
    }
}
