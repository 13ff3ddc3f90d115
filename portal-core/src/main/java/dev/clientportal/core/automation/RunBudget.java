package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/**
 * How much one call of {@link Automation#runDue} may do: the most reminder messages it sends (one message may list
 * several invoices of a client). What is left stays due and goes out on the next call; the run's result says how much.
 *
 * @param maxMessages the most messages one run sends, positive
 */
public record RunBudget(int maxMessages) {

    /**
     * Requires a positive number of messages.
     *
     * @param maxMessages the most messages one run sends, positive
     */
    public RunBudget {
        if (maxMessages < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "runBudget.maxMessages", maxMessages,
                    "must be positive");
        }
    }

    /**
     * A budget of at most {@code count} messages.
     *
     * @param count the most messages one run sends, positive
     * @return the budget
     */
    public static RunBudget messages(int count) {
        return new RunBudget(count);
    }
}
