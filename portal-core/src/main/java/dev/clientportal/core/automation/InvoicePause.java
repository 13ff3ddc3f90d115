package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

/**
 * Why an invoice's reminders are stopped: staff paused them, or the invoice is disputed (marked by staff, or a
 * chargeback of a payment to it). An invoice may be paused and disputed at once; each ends on its own, and its
 * reminders (and late fees) stay stopped while either holds.
 *
 * @param kind   a staff pause or a dispute
 * @param reason why, one line, as given when it began
 */
public record InvoicePause(Kind kind, String reason) {

    /** What stopped the reminders. */
    public enum Kind {
        /** Staff paused the invoice's reminders; staff resume them. */
        PAUSED,
        /** The invoice is disputed: marked by staff or charged back at the gateway; resolving the dispute ends it. */
        DISPUTED
    }

    /**
     * Requires a kind and a one-line reason.
     *
     * @param kind   a staff pause or a dispute
     * @param reason why, one line, as given when it began
     */
    public InvoicePause {
        PortalException.requireField(kind, "pause.kind");
        reason = PortalException.requireLine(reason, "pause.reason", InputLimits.REFERENCE);
    }

    /**
     * A staff pause.
     *
     * @param reason why, one line
     * @return the pause
     */
    public static InvoicePause paused(String reason) {
        return new InvoicePause(Kind.PAUSED, reason);
    }

    /**
     * A dispute.
     *
     * @param reason why, one line, e.g. "chargeback dp_123: fraudulent"
     * @return the dispute
     */
    public static InvoicePause disputed(String reason) {
        return new InvoicePause(Kind.DISPUTED, reason);
    }

    /**
     * The reason as one line that names a dispute as such, for lists that show one reason per invoice.
     *
     * @return the reason, prefixed with "disputed: " for a dispute
     */
    public String describe() {
        return kind == Kind.DISPUTED ? "disputed: " + reason : reason;
    }
}
