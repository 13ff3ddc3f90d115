package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.PortalException;

/**
 * The store ports reminders need, from one persistence adapter.
 *
 * @param policies reminder policies, client settings and invoice pauses
 * @param queries  facts on amounts owed, for the run to decide what is due
 * @param log      the log of reminder steps sent or skipped
 */
public record ReminderStores(ReminderPolicies policies, ReminderQueries queries, ReminderLog log) {

    /**
     * Requires every port.
     *
     * @param policies reminder policies, client settings and invoice pauses
     * @param queries  facts on amounts owed, for the run to decide what is due
     * @param log      the log of reminder steps sent or skipped
     */
    public ReminderStores {
        PortalException.requireField(policies, "reminderStores.policies");
        PortalException.requireField(queries, "reminderStores.queries");
        PortalException.requireField(log, "reminderStores.log");
    }
}
