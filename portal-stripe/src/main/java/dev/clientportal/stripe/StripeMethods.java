package dev.clientportal.stripe;

import dev.clientportal.core.payment.PaymentMethod;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Set;

/** Stripe payment method types in the portal's terms. */
final class StripeMethods {

    private static final Set<String> DEBITS = Set.of("us_bank_account", "sepa_debit", "bacs_debit", "au_becs_debit",
            "acss_debit", "nz_bank_account");
    private static final Set<String> WALLETS = Set.of("link", "paypal", "cashapp", "amazon_pay", "revolut_pay",
            "mobilepay", "wechat_pay", "alipay", "apple_pay", "google_pay");
    private static final Set<String> TRANSFERS = Set.of("customer_balance", "pay_by_bank");

    private StripeMethods() {
    }

    /**
     * How a payment is made, from the types Stripe offered. With several, a payment still clearing is taken for a
     * bank debit and one paid at once for a card, when those are among them.
     */
    static PaymentMethod of(@Nullable List<String> types, boolean clearing) {
        if (types == null || types.isEmpty()) {
            return clearing ? PaymentMethod.DIRECT_DEBIT : PaymentMethod.CARD;
        }
        if (types.size() == 1) {
            return of(types.get(0));
        }
        if (clearing) {
            return types.stream().filter(DEBITS::contains).findFirst().map(StripeMethods::of)
                    .orElse(PaymentMethod.OTHER);
        }
        return types.contains("card") ? PaymentMethod.CARD : of(types.get(0));
    }

    static PaymentMethod of(String type) {
        if (type.equals("card") || type.equals("card_present")) {
            return PaymentMethod.CARD;
        }
        if (DEBITS.contains(type)) {
            return PaymentMethod.DIRECT_DEBIT;
        }
        if (WALLETS.contains(type)) {
            return PaymentMethod.WALLET;
        }
        return TRANSFERS.contains(type) ? PaymentMethod.BANK_TRANSFER : PaymentMethod.OTHER;
    }
}
