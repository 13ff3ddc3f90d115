package dev.clientportal.core.automation;

/**
 * How far a run has come, reported to its progress callback after each client it handled.
 *
 * @param messages        reminder messages sent so far (one per client and day)
 * @param sent            reminder steps sent so far (a message may carry several)
 * @param skipped         steps skipped by the catch-up rule so far
 * @param failedWillRetry steps whose sending failed and which stay due for a later run
 */
public record RunProgress(int messages, int sent, int skipped, int failedWillRetry) {
}
