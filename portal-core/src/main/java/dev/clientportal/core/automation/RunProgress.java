package dev.clientportal.core.automation;

/**
 * How far a run has come, reported to its progress callback once its auto-charge attempts are made, once its late
 * fees are charged, and after each batch of clients it reminded (up to 100 a batch).
 *
 * @param messages             reminder messages sent so far (one per client and day)
 * @param sent                 reminder steps sent so far (a message may carry several)
 * @param skipped              steps skipped by the catch-up rule so far
 * @param failedWillRetry      steps whose sending failed and which stay due for a later run
 * @param charged              auto-charge attempts the gateway took
 * @param chargesNeedingAction auto-charge attempts the client must confirm
 * @param chargesDeclined      auto-charge attempts declined
 * @param lateFeesApplied      late fees charged by the run
 */
public record RunProgress(int messages, int sent, int skipped, int failedWillRetry, int charged,
                          int chargesNeedingAction, int chargesDeclined, int lateFeesApplied) {

    /**
     * Progress without late fees.
     *
     * @param messages             reminder messages sent so far
     * @param sent                 reminder steps sent so far
     * @param skipped              steps skipped by the catch-up rule so far
     * @param failedWillRetry      steps whose sending failed
     * @param charged              auto-charge attempts the gateway took
     * @param chargesNeedingAction auto-charge attempts the client must confirm
     * @param chargesDeclined      auto-charge attempts declined
     */
    public RunProgress(int messages, int sent, int skipped, int failedWillRetry, int charged,
                       int chargesNeedingAction, int chargesDeclined) {
        this(messages, sent, skipped, failedWillRetry, charged, chargesNeedingAction, chargesDeclined, 0);
    }

    /**
     * Progress of reminders alone.
     *
     * @param messages        reminder messages sent so far
     * @param sent            reminder steps sent so far
     * @param skipped         steps skipped by the catch-up rule so far
     * @param failedWillRetry steps whose sending failed
     */
    public RunProgress(int messages, int sent, int skipped, int failedWillRetry) {
        this(messages, sent, skipped, failedWillRetry, 0, 0, 0);
    }

    /** This progress with the counts of the run's auto-charge attempts. */
    RunProgress withCharges(ChargeRun.Outcome charges) {
        return new RunProgress(messages, sent, skipped, failedWillRetry, charges.charged(), charges.needsAction(),
                charges.declined(), lateFeesApplied);
    }

    /** This progress with the count of the run's late fees. */
    RunProgress withLateFees(int applied) {
        return new RunProgress(messages, sent, skipped, failedWillRetry, charged, chargesNeedingAction,
                chargesDeclined, applied);
    }
}
