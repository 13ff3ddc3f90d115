package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One attempt to charge the invoice of a recurring period off-session, unique by (workspace, template, period,
 * attempt): scheduled as {@link ChargeStatus#DUE} and then recorded once with its outcome.
 *
 * @param workspaceId   the template's workspace
 * @param templateId    the recurring template
 * @param period        the period's date
 * @param attempt       the attempt number, 1 for the charge made when the invoice is issued
 * @param invoiceId     the period's invoice
 * @param clientId      the charged client
 * @param dueAt         when the attempt is to be made
 * @param status        due, or the outcome
 * @param reason        the gateway's decline code and message; empty unless declined
 * @param reference     the gateway's payment reference (or checkout session) when it answered one; else empty
 * @param firstFailedAt when the first attempt of the period was declined, which retries are counted from;
 *                      {@code null} while none was
 * @param attemptedAt   when the outcome was recorded; {@code null} while due
 */
public record ChargeAttempt(WorkspaceId workspaceId, RecurringTemplateId templateId, LocalDate period, int attempt,
                            InvoiceId invoiceId, ClientId clientId, Instant dueAt, ChargeStatus status, String reason,
                            String reference, @Nullable Instant firstFailedAt, @Nullable Instant attemptedAt) {

    /**
     * Requires every field, a positive attempt number and an outcome time once not due.
     *
     * @param workspaceId   the template's workspace
     * @param templateId    the recurring template
     * @param period        the period's date
     * @param attempt       the attempt number, from 1
     * @param invoiceId     the period's invoice
     * @param clientId      the charged client
     * @param dueAt         when the attempt is to be made
     * @param status        due, or the outcome
     * @param reason        the decline reason; empty unless declined
     * @param reference     the gateway's reference; may be empty
     * @param firstFailedAt when the period's first attempt was declined, or {@code null}
     * @param attemptedAt   when the outcome was recorded, {@code null} while due
     */
    public ChargeAttempt {
        PortalException.requireField(workspaceId, "workspaceId");
        PortalException.requireField(templateId, "templateId");
        PortalException.requireField(period, "period");
        if (attempt < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attempt", attempt, "attempts count from 1");
        }
        PortalException.requireField(invoiceId, "invoiceId");
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(dueAt, "dueAt");
        PortalException.requireField(status, "status");
        reason = PortalException.optionalText(Objects.requireNonNullElse(reason, ""), "reason", InputLimits.BODY);
        reference = PortalException.optionalText(Objects.requireNonNullElse(reference, ""), "reference",
                InputLimits.REFERENCE);
        if ((status == ChargeStatus.DUE) != (attemptedAt == null)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "attemptedAt", attemptedAt,
                    "is set exactly when the attempt has an outcome (status " + status + ")");
        }
    }

    /**
     * A scheduled attempt.
     *
     * @param template      the template
     * @param period        the period's date
     * @param attempt       the attempt number, from 1
     * @param invoiceId     the period's invoice
     * @param dueAt         when to make it
     * @param firstFailedAt when the period's first attempt was declined, or {@code null} for the first attempt
     * @return the attempt, due
     */
    static ChargeAttempt due(RecurringTemplate template, LocalDate period, int attempt, InvoiceId invoiceId,
                             Instant dueAt, @Nullable Instant firstFailedAt) {
        return new ChargeAttempt(template.workspaceId(), template.id(), period, attempt, invoiceId,
                template.clientId(), dueAt, ChargeStatus.DUE, "", "", firstFailedAt, null);
    }

    /**
     * This attempt with its outcome.
     *
     * @param outcome   what happened, not {@link ChargeStatus#DUE}
     * @param why       the decline reason, or empty
     * @param gatewayRef the gateway's reference, or empty
     * @param at        when
     * @return the attempt as recorded
     */
    ChargeAttempt recorded(ChargeStatus outcome, String why, String gatewayRef, Instant at) {
        Instant failed = firstFailedAt == null && outcome == ChargeStatus.DECLINED ? at : firstFailedAt;
        return new ChargeAttempt(workspaceId, templateId, period, attempt, invoiceId, clientId, dueAt, outcome, why,
                gatewayRef, failed, at);
    }

    /**
     * The claim key of this attempt: {@code charge:<template>:<period>:<attempt>}.
     *
     * @return the key, the same on every instance
     */
    public WorkKey key() {
        return WorkKey.charge(templateId.value(), period, attempt);
    }

    /**
     * The idempotency key sent to the gateway: the same for every try of this attempt, so a charge whose answer was
     * lost (a timeout) and is sent again never charges twice.
     *
     * @return {@code autocharge:<workspace>:<template>:<period>:<attempt>}
     */
    public String idempotencyKey() {
        return "autocharge:" + workspaceId + ":" + templateId + ":" + period + ":" + attempt;
    }
}
