package dev.clientportal.core.automation;

/**
 * What one call of {@link Automation#runDue} did, and what it left.
 *
 * @param messages        reminder messages sent (one per client and day, listing its due invoices)
 * @param sent            reminder steps sent
 * @param skipped         steps skipped by the catch-up rule (an earlier step missed while a later one is due)
 * @param failedWillRetry steps whose sending failed; their claims were given up, so a later run sends them
 * @param remaining       clients with reminders due that the run did not reach because its budget ran out
 */
public record RunResult(int messages, int sent, int skipped, int failedWillRetry, int remaining) {

    /**
     * Whether the budget ran out before everything due was sent.
     *
     * @return whether clients with due reminders remain
     */
    public boolean budgetExhausted() {
        return remaining > 0;
    }
}
