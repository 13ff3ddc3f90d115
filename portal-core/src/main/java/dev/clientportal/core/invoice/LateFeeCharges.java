package dev.clientportal.core.invoice;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The late fees of an invoice as its balance counts them: how many periods have been decided (charged, removed or
 * passed while paused), and the fees of those periods still in force.
 *
 * @param lastPeriod the highest period decided, 0 before any; the next fee is for {@code lastPeriod + 1}
 * @param inForce    the fees in force, by period, each of a distinct period no higher than {@code lastPeriod}
 */
public record LateFeeCharges(int lastPeriod, List<LateFeeCharge> inForce) {

    private static final LateFeeCharges NONE = new LateFeeCharges(0, List.of());

    /**
     * Requires distinct periods, in order, up to {@code lastPeriod}.
     *
     * @param lastPeriod the highest period decided, 0 before any
     * @param inForce    the fees in force, by period
     */
    public LateFeeCharges {
        Objects.requireNonNull(inForce, "inForce");
        inForce = inForce.stream().sorted(Comparator.comparingInt(LateFeeCharge::period)).toList();
        int previous = 0;
        for (LateFeeCharge charge : inForce) {
            if (charge.period() == previous || charge.period() > lastPeriod) {
                throw new IllegalArgumentException("late fees in force must be of distinct periods up to "
                        + lastPeriod + ": " + inForce);
            }
            previous = charge.period();
        }
        if (lastPeriod < 0) {
            throw new IllegalArgumentException("lastPeriod must not be negative: " + lastPeriod);
        }
    }

    /**
     * No late fee decided yet.
     *
     * @return the late fees of an invoice without any
     */
    public static LateFeeCharges none() {
        return NONE;
    }

    /**
     * The sum of the fees in force.
     *
     * @param currency the invoice's currency
     * @return the sum, zero without fees
     */
    public Money total(CurrencyUnit currency) {
        Money sum = Money.zero(currency);
        for (LateFeeCharge charge : inForce) {
            sum = sum.plus(charge.amount());
        }
        return sum;
    }

    /**
     * The fee in force of a period.
     *
     * @param period the period
     * @return the fee, empty when none is in force for it
     */
    public Optional<LateFeeCharge> of(int period) {
        return inForce.stream().filter(charge -> charge.period() == period).findFirst();
    }

    /** These fees with period {@code period} decided, and {@code charge} in force when present. */
    LateFeeCharges withDecided(int period, Optional<LateFeeCharge> charge) {
        if (period != lastPeriod + 1) {
            throw new IllegalArgumentException("late-fee period " + period + " is not the next after " + lastPeriod);
        }
        List<LateFeeCharge> next = new java.util.ArrayList<>(inForce);
        charge.ifPresent(next::add);
        return new LateFeeCharges(period, next);
    }

    /** These fees without the fee in force of {@code period}. */
    LateFeeCharges without(int period) {
        return new LateFeeCharges(lastPeriod, inForce.stream().filter(charge -> charge.period() != period).toList());
    }
}
