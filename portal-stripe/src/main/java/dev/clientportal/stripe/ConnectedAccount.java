package dev.clientportal.stripe;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/**
 * A workspace's own Stripe account on a platform (Stripe Connect): every call for the workspace is made on it
 * ({@code Stripe-Account}), and the platform may keep an application fee of each payment.
 *
 * @param accountId              the connected account ({@code acct_…})
 * @param applicationFeeBasisPoints the platform's fee in hundredths of a percent of each payment (250 is 2.5 %), 0 for
 *                               none
 */
public record ConnectedAccount(String accountId, int applicationFeeBasisPoints) {

    /** The most a fee can be: the whole payment. */
    public static final int MAX_BASIS_POINTS = 10_000;

    /**
     * Requires an {@code acct_…} id and a fee between 0 and {@value #MAX_BASIS_POINTS} basis points.
     *
     * @param accountId              the connected account ({@code acct_…})
     * @param applicationFeeBasisPoints the platform's fee in hundredths of a percent, 0 for none
     */
    public ConnectedAccount {
        accountId = PortalException.requireText(accountId, "accountId");
        if (!accountId.startsWith("acct_")) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "accountId", accountId,
                    "a connected account id starts with acct_");
        }
        if (applicationFeeBasisPoints < 0 || applicationFeeBasisPoints > MAX_BASIS_POINTS) {
            throw PortalException.invalid(ErrorCode.INVALID_PERCENTAGE, "applicationFeeBasisPoints",
                    applicationFeeBasisPoints, "must be between 0 and " + MAX_BASIS_POINTS);
        }
    }

    /**
     * A connected account without an application fee.
     *
     * @param accountId the connected account ({@code acct_…})
     * @return the account, no fee
     */
    public static ConnectedAccount of(String accountId) {
        return new ConnectedAccount(accountId, 0);
    }

    /**
     * This account with a platform fee.
     *
     * @param basisPoints hundredths of a percent of each payment (250 is 2.5 %)
     * @return the account with the fee
     */
    public ConnectedAccount withApplicationFee(int basisPoints) {
        return new ConnectedAccount(accountId, basisPoints);
    }
}
