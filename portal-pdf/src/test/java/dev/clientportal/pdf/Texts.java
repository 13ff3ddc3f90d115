package dev.clientportal.pdf;

import dev.clientportal.core.money.Money;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as a US reader expects them, to compare with what the PDF says. */
final class Texts {

    private Texts() {
    }

    static String usd(Money amount) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(amount.currency().toJavaCurrency());
        return format.format(amount.amount());
    }
}
