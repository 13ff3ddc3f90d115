package dev.clientportal.core.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an agreement, judged on its current version. A new version after sending goes back to
 * {@link #SENT}: it needs every signature again.
 */
public enum AgreementStatus {
    /** Being written; clients do not see it; edited in place. */
    DRAFT,
    /** Sent to its signers; nobody has signed the current version yet. */
    SENT,
    /** Some, not all, of the client signers and the countersignature are on the current version. */
    PARTIALLY_SIGNED,
    /** Every named client contact signed the current version and the business countersigned it. */
    SIGNED,
    /** Cancelled; never signable again. */
    VOID;

    /**
     * Whether an agreement in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether the move is allowed
     */
    public boolean canMoveTo(AgreementStatus next) {
        return allowedNext().contains(next);
    }

    /**
     * The states an agreement in this state may move to.
     *
     * @return a new set of the states an agreement may move to from this one; empty for VOID
     */
    public Set<AgreementStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT, VOID);
            case SENT -> EnumSet.of(PARTIALLY_SIGNED, VOID);
            case PARTIALLY_SIGNED -> EnumSet.of(SIGNED, SENT, VOID);
            case SIGNED -> EnumSet.of(SENT, VOID);
            case VOID -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    /**
     * Whether signatures may be added in this state.
     *
     * @return whether this is SENT or PARTIALLY_SIGNED
     */
    public boolean isOpenForSignature() {
        return this == SENT || this == PARTIALLY_SIGNED;
    }
}
