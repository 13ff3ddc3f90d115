package dev.clientportal.core.project;

/**
 * What one call of {@link Projects#sendDigests} did, and what it left.
 *
 * @param digests   digests claimed and handed to the sender after commit, one per contact
 * @param updates   updates the digests covered, summed over contacts
 * @param heldBack  contacts with new updates whose last digest was less than an hour before; a later run sends them
 *                  everything new by then
 * @param lostRaces contacts whose digest another run claimed between this run's read and its claim
 * @param remaining clients with new updates this run did not reach because its budget ran out
 */
public record DigestRun(int digests, int updates, int heldBack, int lostRaces, int remaining) {

    /**
     * Requires counts that are not negative.
     *
     * @param digests   digests claimed and sent
     * @param updates   updates the digests covered
     * @param heldBack  contacts held back by the hourly limit
     * @param lostRaces contacts whose digest another run claimed
     * @param remaining clients the run did not reach
     */
    public DigestRun {
        if (digests < 0 || updates < 0 || heldBack < 0 || lostRaces < 0 || remaining < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /**
     * Whether the budget ran out before every client with new updates was looked at.
     *
     * @return whether clients remain
     */
    public boolean budgetExhausted() {
        return remaining > 0;
    }
}
