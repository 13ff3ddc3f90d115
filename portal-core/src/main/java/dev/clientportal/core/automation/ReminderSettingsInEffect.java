package dev.clientportal.core.automation;

import dev.clientportal.core.workspace.Workspace;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The reminder settings that apply to one client: its own policy or else the workspace's (or the default), its own
 * zone or else the workspace's, and whether it is paused.
 */
record ReminderSettingsInEffect(ReminderPolicy policy, ZoneId zone, boolean paused) {

    static ReminderSettingsInEffect of(Workspace workspace, Optional<ReminderPolicy> workspacePolicy,
                                       Optional<ClientReminderSettings> client) {
        ReminderPolicy policy = client.flatMap(ClientReminderSettings::policy)
                .or(() -> workspacePolicy)
                .orElse(ReminderPolicy.DEFAULT);
        ZoneId zone = client.flatMap(ClientReminderSettings::timeZone).orElse(workspace.settings().timeZone());
        return new ReminderSettingsInEffect(policy, zone, client.map(ClientReminderSettings::paused).orElse(false));
    }
}
