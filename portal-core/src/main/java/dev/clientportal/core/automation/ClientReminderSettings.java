package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.PortalException;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A client's own reminder settings: a policy that overrides the workspace's, the client's time zone (which decides
 * send times, quiet hours and "one reminder a day"), and a pause that stops every reminder to it.
 *
 * @param clientId the client
 * @param policy   its own policy; empty to follow the workspace's
 * @param timeZone its time zone; empty to use the workspace's
 * @param paused   whether reminders to the client are paused
 */
public record ClientReminderSettings(ClientId clientId, Optional<ReminderPolicy> policy, Optional<ZoneId> timeZone,
                                     boolean paused) {

    /**
     * Requires every field.
     *
     * @param clientId the client
     * @param policy   its own policy; empty to follow the workspace's
     * @param timeZone its time zone; empty to use the workspace's
     * @param paused   whether reminders to the client are paused
     */
    public ClientReminderSettings {
        PortalException.requireField(clientId, "clientReminders.clientId");
        PortalException.requireField(policy, "clientReminders.policy");
        PortalException.requireField(timeZone, "clientReminders.timeZone");
    }

    /**
     * The settings of a client that has none of its own: the workspace's policy and zone, not paused.
     *
     * @param clientId the client
     * @return the settings that follow the workspace
     */
    public static ClientReminderSettings followWorkspace(ClientId clientId) {
        return new ClientReminderSettings(clientId, Optional.empty(), Optional.empty(), false);
    }

    /**
     * These settings with the client's own policy.
     *
     * @param value the policy overriding the workspace's
     * @return the changed settings
     */
    public ClientReminderSettings withPolicy(ReminderPolicy value) {
        return new ClientReminderSettings(clientId, Optional.of(value), timeZone, paused);
    }

    /**
     * These settings with the client's time zone.
     *
     * @param value the client's time zone
     * @return the changed settings
     */
    public ClientReminderSettings withTimeZone(ZoneId value) {
        return new ClientReminderSettings(clientId, policy, Optional.of(value), paused);
    }

    /**
     * These settings paused or resumed.
     *
     * @param value whether reminders to the client are paused
     * @return the changed settings
     */
    public ClientReminderSettings withPaused(boolean value) {
        return new ClientReminderSettings(clientId, policy, timeZone, value);
    }
}
