package dev.clientportal.core.automation;

/**
 * What one call of {@link Automation#runDue} did, and what it left.
 *
 * @param messages        reminder messages sent (one per client and day, listing its due invoices)
 * @param sent            reminder steps sent
 * @param skipped         steps skipped by the catch-up rule (an earlier step missed while a later one is due)
 * @param failedWillRetry reminder steps, recurring periods, auto-charge attempts and late-fee periods whose work failed (a gateway
 *                        that could not be reached, too); their claims were given up, so a later run does them
 * @param remaining       clients with reminders due, recurring templates with periods due, auto-charge attempts
 *                        due and invoices with late fees due that the run did not reach because its budget ran out
 * @param issued          recurring periods issued, each an invoice dated to its period
 * @param charged         auto-charge attempts the gateway took (succeeded, or pending while a bank debit clears); the
 *                        payment is recorded against the invoice
 * @param chargesNeedingAction auto-charge attempts the client must confirm; each got a pay link
 * @param chargesDeclined auto-charge attempts declined; the next is scheduled 1, 3 or 5 days after the first decline
 * @param lateFeesApplied late fees charged, one per invoice and period, each raising what the invoice owes
 */
public record RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining, int issued,
                        int charged, int chargesNeedingAction, int chargesDeclined, int lateFeesApplied) {

    /**
     * A result without late fees.
     *
     * @param messages             reminder messages sent
     * @param sent                 reminder steps sent
     * @param skipped              steps skipped by the catch-up rule
     * @param failedWillRetry      steps, periods and attempts whose work failed
     * @param remaining            work the run did not reach
     * @param issued               recurring periods issued
     * @param charged              auto-charge attempts the gateway took
     * @param chargesNeedingAction auto-charge attempts the client must confirm
     * @param chargesDeclined      auto-charge attempts declined
     */
    public RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining, int issued,
                     int charged, int chargesNeedingAction, int chargesDeclined) {
        this(messages, sent, skipped, failedWillRetry, remaining, issued, charged, chargesNeedingAction,
                chargesDeclined, 0);
    }

    /**
     * A result without auto-charge attempts.
     *
     * @param messages        reminder messages sent
     * @param sent            reminder steps sent
     * @param skipped         steps skipped by the catch-up rule
     * @param failedWillRetry steps and periods whose work failed
     * @param remaining       clients and templates the run did not reach
     * @param issued          recurring periods issued
     */
    public RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining, int issued) {
        this(messages, sent, skipped, failedWillRetry, remaining, issued, 0, 0, 0);
    }

    /**
     * A result of reminders alone, with no recurring period issued.
     *
     * @param messages        reminder messages sent
     * @param sent            reminder steps sent
     * @param skipped         steps skipped by the catch-up rule
     * @param failedWillRetry steps whose sending failed
     * @param remaining       clients with reminders due that the run did not reach
     */
    public RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining) {
        this(messages, sent, skipped, failedWillRetry, remaining, 0);
    }

    /**
     * Whether the budget ran out before everything due was done.
     *
     * @return whether clients with due reminders or templates with due periods remain
     */
    public boolean budgetExhausted() {
        return remaining > 0;
    }
}
