package dev.clientportal.jpa;

import dev.clientportal.core.automation.QuietHours;
import dev.clientportal.core.automation.ReminderPolicy;
import dev.clientportal.core.automation.ReminderStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A workspace's reminder policy as text columns: the steps as days from the due date ({@code -3,0,7}) and the times as
 * ISO local times, so a policy reads back exactly as it was set. Client settings store their policy the same way.
 */
@Entity(name = "ReminderPolicy")
@Table(name = "cp_reminder_policy")
class ReminderPolicyEntity {

    /** The longest steps text: {@value ReminderPolicy#MAX_STEPS} steps of at most four characters and a comma. */
    static final int STEPS_LENGTH = 100;
    /** The longest ISO local time, {@code HH:mm:ss.nnnnnnnnn}. */
    static final int TIME_LENGTH = 18;

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "steps", nullable = false, length = STEPS_LENGTH)
    String steps;

    @Column(name = "send_at", nullable = false, length = TIME_LENGTH)
    String sendAt;

    @Column(name = "quiet_start", nullable = false, length = TIME_LENGTH)
    String quietStart;

    @Column(name = "quiet_end", nullable = false, length = TIME_LENGTH)
    String quietEnd;

    protected ReminderPolicyEntity() {
    }

    ReminderPolicyEntity(UUID workspaceId, ReminderPolicy policy) {
        this.workspaceId = workspaceId;
        write(policy);
    }

    void write(ReminderPolicy policy) {
        steps = stepsText(policy);
        sendAt = policy.sendAt().toString();
        quietStart = policy.quietHours().start().toString();
        quietEnd = policy.quietHours().end().toString();
    }

    ReminderPolicy toPolicy() {
        return policyOf(steps, sendAt, quietStart, quietEnd);
    }

    /** The steps as days from the due date, comma-separated, earliest first. */
    static String stepsText(ReminderPolicy policy) {
        return policy.steps().stream().map(step -> Integer.toString(step.daysFromDue()))
                .collect(Collectors.joining(","));
    }

    /** The policy of stored columns, validated again by core. */
    static ReminderPolicy policyOf(String steps, String sendAt, String quietStart, String quietEnd) {
        return new ReminderPolicy(Arrays.stream(steps.split(",")).map(day -> ReminderStep.days(Integer.parseInt(day)))
                .toList(), LocalTime.parse(sendAt), new QuietHours(LocalTime.parse(quietStart),
                LocalTime.parse(quietEnd)));
    }
}
