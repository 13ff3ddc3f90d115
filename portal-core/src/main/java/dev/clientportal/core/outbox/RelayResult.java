package dev.clientportal.core.outbox;

/**
 * What one relay run did.
 *
 * @param delivered entries handed to the publisher and marked delivered
 * @param failed    entries whose publishing threw; they are retried after a backoff
 * @param remaining entries still undelivered after the run ({@link EventRelay#deliverDue}: in the whole outbox;
 *                  the portal's delivery right after a commit: of the entries that commit wrote)
 */
public record RelayResult(int delivered, int failed, long remaining) {

    /**
     * Requires non-negative counts.
     *
     * @param delivered entries handed to the publisher and marked delivered
     * @param failed    entries whose publishing threw; they are retried after a backoff
     * @param remaining entries still undelivered after the run ({@link EventRelay#deliverDue}: in the whole outbox;
     *                  the portal's delivery right after a commit: of the entries that commit wrote)
     */
    public RelayResult {
        if (delivered < 0 || failed < 0 || remaining < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + delivered + ", " + failed + ", "
                    + remaining);
        }
    }
}
