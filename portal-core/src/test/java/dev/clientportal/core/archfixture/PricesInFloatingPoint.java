package dev.clientportal.core.archfixture;

import java.math.BigDecimal;

/** Violates the floating-point rules: a double field, a float parameter, a Double return type, a conversion. */
public class PricesInFloatingPoint {

    private double price;

    /** Takes a float. */
    public void discount(float percent) {
        price = price - price * percent;
    }

    /** Returns a boxed double. */
    public Double price() {
        return price;
    }

    /** Converts exact money to binary floating point. */
    public void set(BigDecimal amount) {
        price = amount.doubleValue();
    }
}
