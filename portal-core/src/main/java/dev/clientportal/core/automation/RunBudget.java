package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/**
 * How much one call of {@link Automation#runDue} may do: the most reminder messages it sends (one message may list
 * several invoices of a client) and the most recurring periods it issues — and, apart from those, the most
 * auto-charge attempts it makes. What is left stays due and is done on the next call; the run's result says how much.
 *
 * @param maxMessages the most messages one run sends, positive
 * @param maxIssues   the most recurring periods one run issues, and the most auto-charge attempts it makes, positive
 */
public record RunBudget(int maxMessages, int maxIssues) {

    /**
     * Requires positive limits.
     *
     * @param maxMessages the most messages one run sends, positive
     * @param maxIssues   the most recurring periods one run issues, positive
     */
    public RunBudget {
        if (maxMessages < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "runBudget.maxMessages", maxMessages,
                    "must be positive");
        }
        if (maxIssues < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "runBudget.maxIssues", maxIssues,
                    "must be positive");
        }
    }

    /**
     * A budget of at most {@code maxMessages} messages and as many recurring periods.
     *
     * @param maxMessages the most messages one run sends, and periods it issues, positive
     */
    public RunBudget(int maxMessages) {
        this(maxMessages, maxMessages);
    }

    /**
     * A budget of at most {@code count} messages and as many recurring periods.
     *
     * @param count the most messages one run sends, and periods it issues, positive
     * @return the budget
     */
    public static RunBudget messages(int count) {
        return new RunBudget(count);
    }

    /**
     * This budget with another limit on recurring periods.
     *
     * @param count the most recurring periods one run issues, positive
     * @return the budget
     */
    public RunBudget issuing(int count) {
        return new RunBudget(maxMessages, count);
    }
}
