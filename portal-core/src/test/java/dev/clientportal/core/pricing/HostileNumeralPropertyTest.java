package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.testing.Seed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * 100,000 random hostile numerals (huge and tiny exponents, long digit strings, signs, unicode digits, whitespace,
 * words) through every entry point where text or a decimal becomes a value object: each answer is a
 * {@link PortalException} or a value equal to the number written, and answers take microseconds.
 * Re-run a failure with {@code -Dportal.numerals.seed=<seed>}.
 */
class HostileNumeralPropertyTest {

    private static final int CASES = 100_000;
    /** Calls before this many are JIT warm-up and left out of the timing percentiles. */
    private static final int WARM_UP = 10_000;
    private static final Money PRICE = Money.of("95.00", CurrencyUnit.USD);
    private static final char[][] DIGIT_SETS = {
            "0123456789".toCharArray(),
            "٠١٢٣٤٥٦٧٨٩".toCharArray(),   // Arabic-Indic
            "０１２３４５６７８９".toCharArray(), // fullwidth
            "०१२३४५६७८९".toCharArray(),   // Devanagari
    };
    private static final String[] WORDS = {"NaN", "Infinity", "-Infinity", "+Inf", "nan", "∞", "0x1F", "1_000",
            "1,5", "", " ", "\t", "e", ".", "-", "+.", "1e", "e5", "--1", "1.2.3", "1e5e5", "\u202E9", "\u200B1"};
    private static final String[] SPACES = {" ", "\t", "\n", "\u00A0", "\u2007", "\u3000", "\u200B"};
    private static final int[] EXPONENTS = {0, 1, 2, 3, 6, 7, 18, 19, 20, 100, 1_000, 9_999_999, 99_999_999,
            999_999_999, Integer.MAX_VALUE, Integer.MIN_VALUE};

    private final Seed seed = Seed.from("portal.numerals.seed");
    private final Random random = seed.random();

    /** Every entry point that turns text into a value object, with the number the value must equal when accepted. */
    private static final List<EntryPoint> TEXT_ENTRIES = List.of(
            new EntryPoint("Money.of(text, USD)", text -> Money.of(text, CurrencyUnit.USD).amount()),
            new EntryPoint("Money.of(text, JPY)", text -> Money.of(text, "JPY").amount()),
            new EntryPoint("Money.of(text, BHD)", text -> Money.of(text, CurrencyUnit.BHD).amount()),
            new EntryPoint("Percentage.of", text -> Percentage.of(text).value()),
            new EntryPoint("TaxRate.of", text -> TaxRate.of("VAT", text).rate().value()),
            new EntryPoint("TaxRate.compound", text -> TaxRate.compound("QST", text).rate().value()),
            new EntryPoint("Discount.percent", text -> ((Discount.Percent) Discount.percent(text)).percentage().value()),
            new EntryPoint("Deposit.percent", text -> ((Deposit.Percent) Deposit.percent(text)).percentage().value()),
            new EntryPoint("LateFeePolicy.percent", text -> ((LateFeePolicy.Percent) LateFeePolicy.percent(
                    Percentage.of(text), 30, 0)).rate().value()),
            new EntryPoint("LineItem.of quantity", text -> LineItem.of("Hours", text, "h", PRICE).quantity()),
            new EntryPoint("Discount.amount", text -> ((Discount.Amount) Discount.amount(
                    Money.of(text, CurrencyUnit.USD))).amount().amount()));

    /** Every entry point that takes a decimal; {@code null} expected means any accepted value is fine. */
    private static final List<DecimalEntry> DECIMAL_ENTRIES = List.of(
            new DecimalEntry("Money.of(decimal, USD)", true, value -> Money.of(value, CurrencyUnit.USD).amount()),
            new DecimalEntry("Money.of(decimal, USD, HALF_EVEN)", false,
                    value -> Money.of(value, CurrencyUnit.USD, RoundingMode.HALF_EVEN).amount()),
            new DecimalEntry("Money.of(decimal, JPY, UNNECESSARY)", true,
                    value -> Money.of(value, CurrencyUnit.JPY, RoundingMode.UNNECESSARY).amount()),
            new DecimalEntry("Money.times(decimal, UP)", false, value -> PRICE.times(value, RoundingMode.UP).amount()),
            new DecimalEntry("new Percentage", true, value -> new Percentage(value).value()),
            new DecimalEntry("new LineItem quantity", true, value -> new LineItem("Hours", value, "h", PRICE,
                    Discount.none(), List.of()).quantity()));

    @Test
    void everyHostileNumeralIsAnsweredWithAPortalExceptionOrItsExactValueInMicroseconds() {
        long[] nanos = new long[CASES];
        long started = System.nanoTime();
        int[] accepted = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
            for (int i = 0; i < CASES; i++) {
                String numeral = numeral();
                nanos[i] = i % 2 == 0 ? throughText(numeral, accepted) : throughDecimal(numeral, accepted);
            }
        }, () -> seed + ": the batch did not finish in 90 s");
        long totalMillis = (System.nanoTime() - started) / 1_000_000;

        long[] warm = Arrays.copyOfRange(nanos, WARM_UP, CASES);
        Arrays.sort(warm);
        long median = warm[warm.length / 2];
        long p99 = warm[(int) (warm.length * 0.99)];
        long max = warm[warm.length - 1];
        String timing = seed + String.format(": %d calls in %d ms, warm median %d µs, p99 %d µs, max %d µs, %d accepted",
                CASES, totalMillis, median / 1_000, p99 / 1_000, max / 1_000, accepted[0]);
        System.out.println("[property test] " + timing);
        // a call takes a few microseconds (median 2-4 µs; p99 ~60 µs at load 11 on two cores, 1.3 ms with three
        // builds sharing them); the old code took seconds to minutes for one numeral, which the bounds catch with
        // room to spare. A preempted or GC-paused call lands in the top 1 %, so the max is reported, not asserted;
        // the total includes generating the numerals and is bounded generously for the same reason (8-16 s
        // measured under load).
        assertThat(median).as(timing).isLessThan(200_000);
        assertThat(p99).as(timing).isLessThan(20_000_000);
        assertThat(totalMillis).as(timing).isLessThan(60_000);
        assertThat(accepted[0]).as("some numerals are legitimately valid: " + timing).isPositive();
    }

    /** Sends a numeral through every text entry point; returns the nanoseconds the slowest took. */
    private long throughText(String numeral, int[] accepted) {
        long slowest = 0;
        BigDecimal written = asciiDecimal(numeral);
        for (EntryPoint entry : TEXT_ENTRIES) {
            long start = System.nanoTime();
            Object outcome = outcome(() -> entry.parse().apply(numeral));
            slowest = Math.max(slowest, System.nanoTime() - start);
            if (outcome instanceof BigDecimal value) {
                accepted[0]++;
                // plain checks: an AssertJ chain per call would dominate the batch's time
                if (written == null || value.compareTo(written) != 0) {
                    throw new AssertionError(seed + ": " + entry.name() + " of \"" + numeral + "\" gave " + value);
                }
            }
        }
        return slowest;
    }

    /** Sends a numeral, as a decimal when it is one, through every decimal entry point. */
    private long throughDecimal(String numeral, int[] accepted) {
        BigDecimal decimal = asciiDecimal(numeral);
        if (decimal == null) {
            decimal = random.nextBoolean() ? new BigDecimal(BigInteger.ONE.shiftLeft(random.nextInt(20_000)))
                    : new BigDecimal(BigInteger.valueOf(random.nextLong()), EXPONENTS[random.nextInt(EXPONENTS.length)]);
        }
        BigDecimal input = decimal;
        long slowest = 0;
        for (DecimalEntry entry : DECIMAL_ENTRIES) {
            long start = System.nanoTime();
            Object outcome = outcome(() -> entry.take().apply(input));
            slowest = Math.max(slowest, System.nanoTime() - start);
            if (outcome instanceof BigDecimal value) {
                accepted[0]++;
                if (entry.exact() && value.compareTo(input) != 0) {
                    throw new AssertionError(seed + ": " + entry.name() + " of " + input + " gave " + value);
                }
            }
        }
        return slowest;
    }

    /** The value, or the PortalException; anything else thrown fails with the seed. */
    private Object outcome(java.util.function.Supplier<BigDecimal> call) {
        try {
            return call.get();
        } catch (PortalException e) {
            if (e.getMessage().length() >= 300) {
                throw new AssertionError(seed + ": message too long: " + e.getMessage().substring(0, 300));
            }
            return e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(seed + ": only a PortalException may escape, got " + e, e);
        }
    }

    /** The number a numeral writes when it is a plain ASCII decimal, else {@code null}. */
    private static BigDecimal asciiDecimal(String numeral) {
        String text = numeral.strip();
        if (text.isEmpty() || text.length() > 100 || !text.chars().allMatch(c -> c < 128)) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String numeral() {
        return switch (random.nextInt(10)) {
            case 0 -> WORDS[random.nextInt(WORDS.length)];
            case 1 -> space() + decimal(DIGIT_SETS[0]) + exponent() + space();
            case 2 -> decimal(DIGIT_SETS[1 + random.nextInt(DIGIT_SETS.length - 1)]) + exponent();
            case 3 -> mixedDigits();
            case 4 -> random.nextInt(100) == 0 ? "9".repeat(1_000_000) : digits(DIGIT_SETS[0], 90 + random.nextInt(500));
            case 5 -> decimal(DIGIT_SETS[0]) + insertedSpace();
            default -> decimal(DIGIT_SETS[0]) + exponent();
        };
    }

    private String decimal(char[] digitSet) {
        String sign = switch (random.nextInt(6)) {
            case 0 -> "-";
            case 1 -> "+";
            case 2 -> "--";
            default -> "";
        };
        String whole = digits(digitSet, random.nextInt(4) == 0 ? random.nextInt(40) : 1 + random.nextInt(6));
        String fraction = random.nextBoolean() ? "" : "." + digits(digitSet, random.nextInt(random.nextBoolean() ? 8 : 60));
        return sign + whole + fraction;
    }

    private String exponent() {
        if (random.nextInt(3) == 0) {
            return "";
        }
        long magnitude = random.nextBoolean() ? EXPONENTS[random.nextInt(EXPONENTS.length)]
                : random.nextBoolean() ? random.nextInt() : random.nextInt(30);
        if (random.nextInt(10) == 0) {
            magnitude = magnitude * 2 + (random.nextBoolean() ? 1 : -1);  // beyond the int range
        }
        String sign = random.nextBoolean() ? "-" : random.nextBoolean() ? "+" : "";
        return (random.nextBoolean() ? "e" : "E") + sign + Math.abs(magnitude);
    }

    private String mixedDigits() {
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            char[] set = DIGIT_SETS[random.nextInt(DIGIT_SETS.length)];
            out.append(set[random.nextInt(10)]);
        }
        return out.toString();
    }

    private String digits(char[] digitSet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(digitSet[random.nextInt(10)]);
        }
        return out.toString();
    }

    private String space() {
        return random.nextInt(4) == 0 ? SPACES[random.nextInt(SPACES.length)] : "";
    }

    private String insertedSpace() {
        return SPACES[random.nextInt(SPACES.length)] + random.nextInt(1000);
    }

    private record EntryPoint(String name, Function<String, BigDecimal> parse) {
    }

    private record DecimalEntry(String name, boolean exact, Function<BigDecimal, BigDecimal> take) {
    }
}
