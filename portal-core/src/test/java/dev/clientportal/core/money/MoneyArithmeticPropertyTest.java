package dev.clientportal.core.money;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.testing.Seed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Money arithmetic against a BigDecimal/BigInteger reference, over random amounts in JPY, USD and BHD including
 * amounts near the ends of the {@code long} range. Re-run a failure with {@code -Dportal.money.seed=<seed>}.
 */
class MoneyArithmeticPropertyTest {

    private static final int CASES = 20_000;
    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.JPY, CurrencyUnit.USD, CurrencyUnit.BHD};
    private static final RoundingMode[] MODES = Arrays.stream(RoundingMode.values())
            .filter(mode -> mode != RoundingMode.UNNECESSARY).toArray(RoundingMode[]::new);
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Seed seed = Seed.from("portal.money.seed");
    private final Random random = seed.random();

    @Test
    void plusMinusAndWholeTimesMatchExactIntegerArithmeticOrReportOutOfRange() {
        for (int i = 0; i < CASES; i++) {
            CurrencyUnit currency = currency();
            long a = minorUnits();
            long b = minorUnits();
            long factor = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(2001) - 1000;
            Money left = Money.ofMinor(a, currency);
            Money right = Money.ofMinor(b, currency);
            String described = seed + ": " + left + " and " + right + " × " + factor;
            expectExact(() -> left.plus(right), BigInteger.valueOf(a).add(BigInteger.valueOf(b)), described);
            expectExact(() -> left.minus(right), BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)), described);
            expectExact(() -> left.times(factor), BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor)),
                    described);
        }
    }

    @Test
    void decimalTimesAndPercentRoundTheExactProductWithTheNamedMode() {
        for (int i = 0; i < CASES; i++) {
            CurrencyUnit currency = currency();
            Money money = Money.ofMinor(random.nextInt(8) == 0 ? minorUnits() : random.nextLong() % 10_000_000_000L,
                    currency);
            BigDecimal factor = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(9));
            Percentage percentage = new Percentage(BigDecimal.valueOf(random.nextInt(100_000_001), 6));
            RoundingMode mode = MODES[random.nextInt(MODES.length)];
            String described = seed + ": " + money + " × " + factor + " / " + percentage + " " + mode;

            BigDecimal exactProduct = money.amount().multiply(factor);
            expectExact(() -> money.times(factor, mode), roundedMinor(exactProduct, currency, mode), described);
            BigDecimal exactPercent = money.amount().multiply(percentage.value()).divide(BigDecimal.valueOf(100));
            expectExact(() -> money.percent(percentage, mode), roundedMinor(exactPercent, currency, mode), described);
        }
    }

    @Test
    void allocatingMatchesTheLargestRemainderReference() {
        for (int i = 0; i < CASES; i++) {
            CurrencyUnit currency = currency();
            Money money = Money.ofMinor(random.nextBoolean() ? random.nextInt(100_000) - 50_000
                    : random.nextLong() % 1_000_000_000_000_000L, currency);
            long[] weights = new long[1 + random.nextInt(8)];
            for (int w = 0; w < weights.length; w++) {
                weights[w] = random.nextInt(5) == 0 ? 0 : 1 + (long) random.nextInt(random.nextBoolean() ? 10 : 1_000_000);
            }
            if (Arrays.stream(weights).allMatch(weight -> weight == 0)) {
                weights[0] = 1;
            }
            String described = seed + ": " + money + " by " + Arrays.toString(weights);

            Money[] parts = money.allocate(weights);
            assertThat(Arrays.stream(parts).mapToLong(Money::minorUnits).toArray())
                    .as(described).containsExactly(largestRemainder(money.minorUnits(), weights));
            assertThat(Arrays.stream(parts).map(Money::currency)).as(described).containsOnly(currency);
            assertThat(money.allocate(weights)).as(described + " (again)").containsExactly(parts);
        }
    }

    /**
     * The reference split: floor each share of |amount|, then hand leftover units to the largest remainders,
     * earlier part first on ties, and put the sign back.
     */
    private static long[] largestRemainder(long amount, long[] weights) {
        BigInteger whole = BigInteger.valueOf(amount).abs();
        BigInteger total = BigInteger.ZERO;
        for (long weight : weights) {
            total = total.add(BigInteger.valueOf(weight));
        }
        BigInteger[] floors = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(total);
            floors[i] = division[0];
            remainders[i] = division[1];
            assigned = assigned.add(division[0]);
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> {
            int byRemainder = remainders[y].compareTo(remainders[x]);
            return byRemainder != 0 ? byRemainder : Integer.compare(x, y);
        });
        int leftover = whole.subtract(assigned).intValueExact();
        for (int k = 0; k < leftover; k++) {
            floors[order[k]] = floors[order[k]].add(BigInteger.ONE);
        }
        long[] parts = new long[weights.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = amount < 0 ? floors[i].negate().longValueExact() : floors[i].longValueExact();
        }
        return parts;
    }

    private static BigInteger roundedMinor(BigDecimal exact, CurrencyUnit currency, RoundingMode mode) {
        return exact.setScale(currency.minorDigits(), mode).unscaledValue();
    }

    private static void expectExact(Supplier<Money> operation, BigInteger exact, String described) {
        if (exact.compareTo(MIN) < 0 || exact.compareTo(MAX) > 0) {
            Throwable thrown = catchThrowable(operation::get);
            assertThat(thrown).as(described).isInstanceOf(PortalException.class);
            assertThat(((PortalException) thrown).errorCode()).as(described).isEqualTo(ErrorCode.AMOUNT_OUT_OF_RANGE);
        } else {
            assertThat(operation.get().minorUnits()).as(described).isEqualTo(exact.longValueExact());
        }
    }

    private CurrencyUnit currency() {
        return CURRENCIES[random.nextInt(CURRENCIES.length)];
    }

    /** Mostly everyday amounts, sometimes any long, so both exact results and overflow are exercised. */
    private long minorUnits() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> Long.MAX_VALUE - random.nextInt(1000);
            default -> random.nextLong() % 100_000_000_000L;
        };
    }
}
