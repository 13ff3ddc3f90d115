package dev.clientportal.jpa;

import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.client.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's own reminder settings: a policy stored as {@link ReminderPolicyEntity} stores one (all its columns null
 * when the client follows the workspace's), a time zone id (null to use the workspace's), and the pause.
 */
@Entity(name = "ClientReminder")
@Table(name = "cp_reminder_client")
@IdClass(ClientRowKey.class)
class ClientReminderEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "steps", length = ReminderPolicyEntity.STEPS_LENGTH)
    String steps;

    @Column(name = "send_at", length = ReminderPolicyEntity.TIME_LENGTH)
    String sendAt;

    @Column(name = "quiet_start", length = ReminderPolicyEntity.TIME_LENGTH)
    String quietStart;

    @Column(name = "quiet_end", length = ReminderPolicyEntity.TIME_LENGTH)
    String quietEnd;

    @Column(name = "time_zone", length = 100)
    String timeZone;

    @Column(name = "paused", nullable = false)
    boolean paused;

    protected ClientReminderEntity() {
    }

    ClientReminderEntity(UUID workspaceId, ClientReminderSettings settings) {
        this.workspaceId = workspaceId;
        this.clientId = settings.clientId().value();
        write(settings);
    }

    void write(ClientReminderSettings settings) {
        ReminderPolicy policy = settings.policy().orElse(null);
        steps = policy == null ? null : ReminderPolicyEntity.stepsText(policy);
        sendAt = policy == null ? null : policy.sendAt().toString();
        quietStart = policy == null ? null : policy.quietHours().start().toString();
        quietEnd = policy == null ? null : policy.quietHours().end().toString();
        timeZone = settings.timeZone().map(ZoneId::getId).orElse(null);
        paused = settings.paused();
    }

    ClientReminderSettings toSettings() {
        Optional<ReminderPolicy> policy = steps == null ? Optional.empty()
                : Optional.of(ReminderPolicyEntity.policyOf(steps, sendAt, quietStart, quietEnd));
        return new ClientReminderSettings(new ClientId(clientId), policy,
                Optional.ofNullable(timeZone).map(ZoneId::of), paused);
    }
}
