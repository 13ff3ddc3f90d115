package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Payment reminders and recurring invoices: the business sets them up, and the host runs what is due from its
 * scheduler. Any number of instances may call {@link #runDue} at once: each reminder step and each recurring period
 * is claimed in the store by its natural key, so it is sent or issued once.
 */
public interface Automation {

    /**
     * Recurring invoices: templates the run issues period by period.
     *
     * @return the recurring-invoice use cases
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when the stores keep no templates
     *         ({@code PortalStores.recurringTemplates()} is empty)
     */
    RecurringInvoices recurring();

    /**
     * The workspace's reminder policy, {@link ReminderPolicy#DEFAULT} until it sets one.
     *
     * @param principal who asks, for the business
     * @return the workspace's policy
     */
    ReminderPolicy reminderPolicy(StaffPrincipal principal);

    /**
     * Sets the workspace's reminder policy; steps logged already are not sent again. Audited.
     *
     * @param principal who acts, for the business
     * @param policy    the new policy
     * @return the policy as set
     */
    ReminderPolicy setReminderPolicy(StaffPrincipal principal, ReminderPolicy policy);

    /**
     * A client's reminder settings; {@link ClientReminderSettings#followWorkspace} until set.
     *
     * @param principal who asks, for the business
     * @param clientId  a client of the principal's workspace
     * @return the client's settings
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} for a client not in the principal's workspace
     */
    ClientReminderSettings clientReminders(StaffPrincipal principal, ClientId clientId);

    /**
     * Sets a client's reminder settings: its own policy, its time zone, or a pause of every reminder to it. Audited.
     *
     * @param principal who acts, for the business
     * @param settings  the client's settings
     * @return the settings as set
     * @throws PortalException {@link ErrorCode#CLIENT_NOT_FOUND} for a client not in the principal's workspace
     */
    ClientReminderSettings setClientReminders(StaffPrincipal principal, ClientReminderSettings settings);

    /**
     * Pauses an invoice's reminders; they stop at once. A dispute is better marked with {@link #markDisputed}, which
     * shows as such. Audited.
     *
     * @param principal who acts, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @param reason    why, one line, e.g. "disputed by the client"
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    void pauseReminders(StaffPrincipal principal, InvoiceId invoiceId, String reason);

    /**
     * Resumes an invoice's reminders paused by {@link #pauseReminders}: the latest step due goes out on the next run,
     * earlier missed ones are skipped. A dispute still open keeps them stopped until it is resolved. Audited.
     *
     * @param principal who acts, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    void resumeReminders(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * Marks an invoice disputed: its reminders stop at once, and late fees are not charged on it, until the dispute
     * is resolved. A chargeback at the payment gateway marks the invoices its payment paid the same way. Marking a
     * disputed invoice again keeps the first reason. Audited.
     *
     * @param principal who acts, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @param reason    why, one line, e.g. "client disputes the hours billed"
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    void markDisputed(StaffPrincipal principal, InvoiceId invoiceId, String reason);

    /**
     * Resolves an invoice's dispute: its reminders resume as after {@link #resumeReminders} (the latest step due goes
     * out, earlier ones are skipped), unless staff also paused them with {@link #pauseReminders}, which still holds.
     * Does nothing to an invoice not disputed but audit the call. Audited.
     *
     * @param principal  who acts, for the business
     * @param invoiceId  an invoice of the principal's workspace
     * @param resolution how it was settled, one line, e.g. "hours confirmed by the client"
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    void resolveDispute(StaffPrincipal principal, InvoiceId invoiceId, String resolution);

    /**
     * What stops an invoice's reminders now: a staff pause, a dispute, both or nothing.
     *
     * @param principal who asks, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @return its stops, a pause before a dispute; empty when its reminders run
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    List<InvoicePause> reminderPauses(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * The reminder steps sent or skipped for an invoice, oldest first.
     *
     * @param principal who asks, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @return its log entries, oldest first
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    List<ReminderLogEntry> reminderLog(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * Removes a late fee in force from an invoice, with a reason: what the invoice owes falls by the fee, the removal
     * is audited and a {@link LateFeeRemoved} event raised. Removing a fee removed already changes nothing and answers
     * it as recorded (so a retried request is harmless).
     *
     * @param principal who acts, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @param period    the late-fee period, from 1
     * @param reason    why, one line
     * @return the fee as removed
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace;
     *         {@link ErrorCode#LATE_FEE_NOT_FOUND} when no fee of that period was charged;
     *         {@link ErrorCode#LATE_FEE_SETTLED} when payments or credits already cover the fee (refund or credit the
     *         client instead); {@link ErrorCode#PERIOD_LOCKED} when the fee is dated in a closed period
     *         ({@code ClientPortal.periods()}); {@link ErrorCode#MISSING_PORT} when the stores keep no late fees
     */
    LateFee removeLateFee(StaffPrincipal principal, InvoiceId invoiceId, int period, String reason);

    /**
     * The late-fee periods decided on an invoice, by period: fees in force, removed, and passed over while paused.
     *
     * @param principal who asks, for the business
     * @param invoiceId an invoice of the principal's workspace
     * @return its late-fee periods, in order; empty when the stores keep no late fees
     * @throws PortalException {@link ErrorCode#INVOICE_NOT_FOUND} for an invoice not in the principal's workspace
     */
    List<LateFee> lateFees(StaffPrincipal principal, InvoiceId invoiceId);

    /**
     * Sends the reminders due at {@code now} in every workspace, within the budget; see
     * {@link #runDue(Instant, RunBudget, Consumer)}.
     *
     * @param now    the current instant, from the host's scheduler
     * @param budget how much this call may send
     * @return what it did and what remains
     */
    RunResult runDue(Instant now, RunBudget budget);

    /**
     * Issues the recurring periods and sends the reminders due at {@code now} in every workspace.
     *
     * <p>Recurring periods come first: each active template's periods dated on or before today (in its workspace's
     * zone) and not issued yet are issued in order, each once, as an invoice dated to its period — so after an
     * outage every missed period is issued, each with its own date — and sent to the client when the template
     * auto-sends. Then reminders: for each amount still owed, the latest policy step
     * whose send time has come is sent and earlier ones not yet sent are logged as skipped (no bursts after an
     * outage); a client gets at most one message per day of its own calendar, listing all its due invoices, and
     * none in its quiet hours; paused clients and invoices, and amounts paid, credited or voided get nothing. An
     * invoice never opened is sent again with its link; one viewed and unpaid gets a nudge that says so.
     *
     * <p>Late fees come after auto-charges and before reminders: for each invoice open for collection whose
     * {@link dev.clientportal.core.invoice.LateFeePolicy} charges fees, every period started by today (in its
     * workspace's zone, after the grace days) and not decided yet is decided in order, each once across instances:
     * the fee is charged — as an amount due on the day its period started, on the balance owed without earlier fees —
     * or, while the invoice or its client is paused (disputes included), passed over for good. Each fee is audited and
     * raises {@link LateFeeApplied}; the budget's {@code maxIssues} also bounds the periods decided.
     *
     * @param now      the current instant, from the host's scheduler
     * @param budget   how much this call may send
     * @param progress told how far the run has come after each batch of clients handled (up to 100 a batch)
     * @return what it did and what remains
     * @throws PortalException {@link ErrorCode#MISSING_PORT} when the portal was built without a notification sender;
     *         {@link ErrorCode#RUN_IN_TRANSACTION} when called inside an open transaction (a scheduled method of the
     *         host must not be transactional): each claim commits on its own, before the work it guards
     */
    RunResult runDue(Instant now, RunBudget budget, Consumer<RunProgress> progress);
}
