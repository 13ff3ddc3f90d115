package dev.clientportal.jpa;

import dev.clientportal.core.automation.ChargeAttempt;
import dev.clientportal.core.automation.ChargeStatus;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One auto-charge attempt. The primary key (workspace, template, period, attempt) keeps one row per attempt; the key
 * as text is a column too, so the due attempts are read in its order from an index. Inserted due, then changed once
 * by {@link JpaChargeAttempts}'s conditional update.
 */
@Entity(name = "ChargeAttempt")
@Table(name = "cp_charge_attempt")
@IdClass(ChargeAttemptEntity.Key.class)
class ChargeAttemptEntity {

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Id
    @Column(name = "template_id", nullable = false)
    UUID templateId;

    @Id
    @Column(name = "period", nullable = false)
    LocalDate period;

    @Id
    @Column(name = "attempt", nullable = false)
    int attempt;

    @Column(name = "work_key", nullable = false, length = 200)
    String workKey;

    @Column(name = "invoice_id", nullable = false)
    UUID invoiceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "due_at", nullable = false)
    Instant dueAt;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    @Column(name = "reason", nullable = false, length = Json.TEXT)
    String reason;

    @Column(name = "reference", nullable = false, length = 200)
    String reference;

    @Column(name = "first_failed_at")
    Instant firstFailedAt;

    @Column(name = "attempted_at")
    Instant attemptedAt;

    protected ChargeAttemptEntity() {
    }

    static ChargeAttemptEntity of(ChargeAttempt attempt) {
        ChargeAttemptEntity entity = new ChargeAttemptEntity();
        entity.workspaceId = attempt.workspaceId().value();
        entity.templateId = attempt.templateId().value();
        entity.period = attempt.period();
        entity.attempt = attempt.attempt();
        entity.workKey = attempt.key().value();
        entity.invoiceId = attempt.invoiceId().value();
        entity.clientId = attempt.clientId().value();
        entity.dueAt = attempt.dueAt();
        entity.status = attempt.status().name();
        entity.reason = attempt.reason();
        entity.reference = attempt.reference();
        entity.firstFailedAt = attempt.firstFailedAt();
        entity.attemptedAt = attempt.attemptedAt();
        return entity;
    }

    ChargeAttempt toAttempt() {
        return new ChargeAttempt(new WorkspaceId(workspaceId), new RecurringTemplateId(templateId), period, attempt,
                new InvoiceId(invoiceId), new ClientId(clientId), dueAt, ChargeStatus.valueOf(status), reason,
                reference, firstFailedAt, attemptedAt);
    }

    /** A workspace, a template, a period and an attempt number. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        UUID workspaceId;
        UUID templateId;
        LocalDate period;
        int attempt;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.templateId.equals(templateId)
                    && key.period.equals(period) && key.attempt == attempt;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, templateId, period, attempt);
        }
    }
}
