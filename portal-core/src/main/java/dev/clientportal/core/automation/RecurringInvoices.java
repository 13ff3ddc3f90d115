package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Recurring invoices for the business: templates that {@link Automation#runDue} turns into issued invoices, each
 * period once, dated to its period. Every call is scoped to the principal's workspace and every change is audited;
 * a template outside the workspace answers {@link ErrorCode#RECURRING_NOT_FOUND}.
 */
public interface RecurringInvoices {

    /**
     * Creates an active template; its first period is issued by the first run on or after its start date.
     *
     * @param principal who acts, for the business
     * @param command   the client, lines, cadence, start and end
     * @return the template as stored
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} for a client not in the workspace,
     *         {@link ErrorCode#CURRENCY_MISMATCH} for a line not priced in the client's currency,
     *         {@link ErrorCode#INVOICE_EMPTY} without lines, {@link ErrorCode#INVALID_VALUE} for a start before today
     *         (in the workspace's zone) or an end before the start; with auto-charge,
     *         {@link ErrorCode#GATEWAY_NOT_CONFIGURED} without a payment gateway, {@link ErrorCode#MISSING_PORT} when
     *         the stores keep no charge attempts, {@link ErrorCode#INVALID_VALUE} when the client has no customer at
     *         the gateway in this workspace (the saved method must be the client's own)
     */
    RecurringTemplate create(StaffPrincipal principal, NewRecurringInvoice command);

    /**
     * A template of the workspace.
     *
     * @param principal who asks, for the business
     * @param id        the template
     * @return the template
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND} when not in the principal's workspace
     */
    RecurringTemplate get(StaffPrincipal principal, RecurringTemplateId id);

    /**
     * How far a template has come: periods issued or skipped, and the next period's date.
     *
     * @param principal who asks, for the business
     * @param id        the template
     * @return its progress
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND} when not in the principal's workspace
     */
    RecurringProgress progress(StaffPrincipal principal, RecurringTemplateId id);

    /**
     * A client's templates, in any status.
     *
     * @param principal who asks, for the business
     * @param clientId  a client of the workspace
     * @return its templates
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} for a client not in the workspace
     */
    List<RecurringTemplate> ofClient(StaffPrincipal principal, ClientId clientId);

    /**
     * Changes the lines (and so the prices) of every period dated on or after the change's date; invoices issued
     * already stay as they are.
     *
     * @param principal who acts, for the business
     * @param id        the template
     * @param change    the new lines and their effective date
     * @return the template with the change
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND}, {@link ErrorCode#CURRENCY_MISMATCH} for a line
     *         not in the client's currency, {@link ErrorCode#RECURRING_TRANSITION} when cancelled
     */
    RecurringTemplate changeLines(StaffPrincipal principal, RecurringTemplateId id, LineChange change);

    /**
     * Pauses a template: nothing is issued until it is resumed.
     *
     * @param principal who acts, for the business
     * @param id        the template
     * @return the paused template
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND}, {@link ErrorCode#RECURRING_TRANSITION} unless
     *         active
     */
    RecurringTemplate pause(StaffPrincipal principal, RecurringTemplateId id);

    /**
     * Resumes a paused template from today: periods dated before today (in the workspace's zone) and not issued are
     * skipped, not caught up; a period dated today is issued by the next run.
     *
     * @param principal who acts, for the business
     * @param id        the template
     * @return the active template
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND}, {@link ErrorCode#RECURRING_TRANSITION} unless
     *         paused
     */
    RecurringTemplate resume(StaffPrincipal principal, RecurringTemplateId id);

    /**
     * Cancels a template for good; invoices issued already stay as they are.
     *
     * @param principal who acts, for the business
     * @param id        the template
     * @param reason    why, one line
     * @return the cancelled template
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND}, {@link ErrorCode#RECURRING_TRANSITION} when
     *         cancelled already
     */
    RecurringTemplate cancel(StaffPrincipal principal, RecurringTemplateId id, String reason);

    /**
     * Turns auto-charge on with another saved payment method, or off: periods issued from now on are charged to it;
     * attempts already scheduled use the setting in effect when they are made, and are not made once it is off.
     *
     * @param principal who acts, for the business
     * @param id        the template
     * @param charge    the client's saved method to charge, or {@code null} to stop charging
     * @return the template with the setting
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND}, {@link ErrorCode#RECURRING_TRANSITION} when
     *         cancelled, and the errors of {@link #create} for auto-charge
     */
    RecurringTemplate changeAutoCharge(StaffPrincipal principal, RecurringTemplateId id, @Nullable AutoCharge charge);

    /**
     * A template's auto-charge attempts, due and made, by period then attempt number.
     *
     * @param principal who asks, for the business
     * @param id        the template
     * @return its attempts
     * @throws PortalException {@link ErrorCode#RECURRING_NOT_FOUND} when not in the principal's workspace
     */
    List<ChargeAttempt> chargeAttempts(StaffPrincipal principal, RecurringTemplateId id);
}
