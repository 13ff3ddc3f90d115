package dev.clientportal.stripe;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.Locale;
import java.util.Map;

/**
 * Money to Stripe amounts and back, exactly. Stripe counts in the currency's minor units as ISO 4217 does, except
 * for a few currencies it keeps two decimals for although they have none (ISK, UGX): there an amount is sent
 * multiplied by 100, and an amount that is not a multiple of 100 cannot come back.
 */
final class StripeAmounts {

    /** Currencies whose Stripe amounts have more decimals than ISO 4217 gives them, and how many more. */
    private static final Map<String, Integer> EXTRA_DIGITS = Map.of("ISK", 2, "UGX", 2);

    private StripeAmounts() {
    }

    static long toStripe(Money money) {
        return Math.multiplyExact(money.minorUnits(), factor(money.currency().code()));
    }

    static String currency(Money money) {
        return money.currency().code().toLowerCase(Locale.ROOT);
    }

    static Money fromStripe(long amount, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        long factor = factor(code);
        if (amount % factor != 0) {
            throw PortalException.invalid(ErrorCode.AMOUNT_PRECISION, "amount", amount + " " + currency,
                    "Stripe amounts in " + code + " are multiples of " + factor);
        }
        return Money.ofMinor(amount / factor, CurrencyUnit.of(code));
    }

    private static long factor(String code) {
        long factor = 1;
        for (int i = 0; i < EXTRA_DIGITS.getOrDefault(code, 0); i++) {
            factor *= 10;
        }
        return factor;
    }
}
