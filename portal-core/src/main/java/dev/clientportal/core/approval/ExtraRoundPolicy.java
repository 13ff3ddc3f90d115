package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.pricing.LineItem;

import java.util.Optional;

/**
 * What the business wants to happen when a revision round goes beyond the rounds a deliverable includes. Such
 * rounds are always marked in the history ({@link RevisionRound#beyondIncluded()}); the policy decides whether the
 * business is alerted and whether the client is billed.
 */
public sealed interface ExtraRoundPolicy permits ExtraRoundPolicy.Ignore, ExtraRoundPolicy.FlagOnly,
        ExtraRoundPolicy.Bill {

    /**
     * Extra rounds are only marked in the history: no event, no billing.
     *
     * @return a policy that only marks extra rounds in the history
     */
    static ExtraRoundPolicy none() {
        return Ignore.INSTANCE;
    }

    /**
     * Extra rounds raise {@link ExtraRoundFlagged} so the business can act; nothing is billed.
     *
     * @return a policy that flags extra rounds and bills nothing
     */
    static ExtraRoundPolicy flagOnly() {
        return FlagOnly.INSTANCE;
    }

    /**
     * Extra rounds raise {@link ExtraRoundFlagged} and add the line to the client's next draft invoice (the most
     * recently created draft of the client, else a new draft), once per extra round.
     *
     * @param line the line billed for each extra round, in the client's currency
     * @return a policy that flags extra rounds and bills them
     */
    static ExtraRoundPolicy bill(LineItem line) {
        return new Bill(line);
    }

    /**
     * Whether an extra round raises {@link ExtraRoundFlagged}.
     *
     * @return whether an extra round raises {@link ExtraRoundFlagged}
     */
    boolean flags();

    /**
     * The line an extra round adds to the client's next draft invoice, if the policy bills.
     *
     * @return the line an extra round adds to the next draft invoice; empty when the policy does not bill
     */
    Optional<LineItem> billableLine();

    /** Extra rounds are only marked in the history. */
    enum Ignore implements ExtraRoundPolicy {
        /** The single instance. */
        INSTANCE;

        @Override
        public boolean flags() {
            return false;
        }

        @Override
        public String toString() {
            return "none";
        }

        @Override
        public Optional<LineItem> billableLine() {
            return Optional.empty();
        }
    }

    /** Extra rounds are flagged, not billed. */
    enum FlagOnly implements ExtraRoundPolicy {
        /** The single instance. */
        INSTANCE;

        @Override
        public boolean flags() {
            return true;
        }

        @Override
        public Optional<LineItem> billableLine() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "flag only";
        }
    }

    /**
     * Extra rounds are flagged and billed with a line.
     *
     * @param line the line added per extra round, e.g. {@code LineItem.of("Extra revision round", "1", "round", fee)}
     */
    record Bill(LineItem line) implements ExtraRoundPolicy {

        /**
         * Requires the line.
         *
         * @param line the line added per extra round, e.g. {@code LineItem.of("Extra revision round", "1",
         *             "round", fee)}
         */
        public Bill {
            PortalException.requireField(line, "extraRounds.line");
        }

        @Override
        public boolean flags() {
            return true;
        }

        @Override
        public Optional<LineItem> billableLine() {
            return Optional.of(line);
        }

        @Override
        public String toString() {
            return "bill " + line.quantity().toPlainString() + " × " + line.description() + " at " + line.unitPrice();
        }
    }
}
