package dev.clientportal.core.automation;

/**
 * What one call of {@link Automation#runDue} did, and what it left.
 *
 * @param messages        reminder messages sent (one per client and day, listing its due invoices)
 * @param sent            reminder steps sent
 * @param skipped         steps skipped by the catch-up rule (an earlier step missed while a later one is due)
 * @param failedWillRetry reminder steps and recurring periods whose work failed; their claims were given up, so a
 *                        later run does them
 * @param remaining       clients with reminders due, and recurring templates with periods due, that the run did not
 *                        reach because its budget ran out
 * @param issued          recurring periods issued, each an invoice dated to its period
 */
public record RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining, int issued) {

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
