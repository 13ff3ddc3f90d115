package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.testing.Race;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RateLimitCounter}: fixed windows opened by a key's first hit and ended by the clock, exact counts under
 * concurrent hits, and counts that commit on their own (a failed sign-in's rollback keeps its count).
 */
public abstract class RateLimitCounterContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    /** The counter under test; adapters of one instance's memory override it. */
    protected RateLimitCounter counter() {
        return stores.rateLimits();
    }

    @Test
    void hitsCountFromOne_andCountingReadsWithoutHitting() {
        RateLimitCounter counter = counter();

        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW)).isZero();
        assertThat(counter.hit("address:203.0.113.66", WINDOW, NOW)).isEqualTo(1);
        assertThat(counter.hit("address:203.0.113.66", WINDOW, NOW.plusSeconds(1))).isEqualTo(2);
        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW.plusSeconds(2))).isEqualTo(2);
        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW.plusSeconds(3))).isEqualTo(2);
    }

    @Test
    void keysCountApart() {
        RateLimitCounter counter = counter();
        counter.hit("prefix:AAAAAAAA", WINDOW, NOW);
        counter.hit("prefix:AAAAAAAA", WINDOW, NOW);

        assertThat(counter.hit("prefix:AAAAAAAB", WINDOW, NOW)).isEqualTo(1);
        assertThat(counter.count("prefix:AAAAAAAA", WINDOW, NOW)).isEqualTo(2);
    }

    @Test
    void eightThreadsHittingOneKey_countEveryHitExactlyOnce() {
        RateLimitCounter counter = counter();
        int perThread = 250;
        List<Callable<List<Integer>>> threads = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            threads.add(() -> IntStream.range(0, perThread)
                    .mapToObj(hit -> counter.hit("email:shared@globex.example", WINDOW, NOW)).toList());
        }

        @SuppressWarnings("unchecked")
        List<Race.Outcome<List<Integer>>> outcomes = Race.run(threads.toArray(new Callable[0]));

        List<Integer> seen = outcomes.stream().peek(outcome -> assertThat(outcome.succeeded()).isTrue())
                .flatMap(outcome -> outcome.value().stream()).sorted().toList();
        assertThat(seen).as("every hit saw its own count").isEqualTo(IntStream.rangeClosed(1, 8 * perThread)
                .boxed().toList());
        assertThat(counter.count("email:shared@globex.example", WINDOW, NOW)).isEqualTo(8 * perThread);
    }

    @Test
    void aWindowEndsWithTheClock_andTheNextHitOpensANewOne() {
        RateLimitCounter counter = counter();
        counter.hit("address:203.0.113.66", WINDOW, NOW);
        counter.hit("address:203.0.113.66", WINDOW, NOW.plus(Duration.ofMinutes(10)));

        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW.plus(WINDOW).minusNanos(1000))).isEqualTo(2);
        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW.plus(WINDOW))).isZero();
        assertThat(counter.hit("address:203.0.113.66", WINDOW, NOW.plus(WINDOW))).isEqualTo(1);
        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW.plus(WINDOW).plus(Duration.ofMinutes(14))))
                .as("the new window opened at its first hit").isEqualTo(1);
    }

    @Test
    void aWindowIsFixed_hitsLateInItDoNotProlongIt() {
        RateLimitCounter counter = counter();
        for (int minute = 0; minute < 15; minute++) {
            counter.hit("prefix:AAAAAAAA", WINDOW, NOW.plus(Duration.ofMinutes(minute)));
        }

        assertThat(counter.count("prefix:AAAAAAAA", WINDOW, NOW.plus(WINDOW).minusNanos(1000))).isEqualTo(15);
        assertThat(counter.count("prefix:AAAAAAAA", WINDOW, NOW.plus(WINDOW))).isZero();
    }

    @Test
    void aHitInsideATransactionThatRollsBack_staysCounted() {
        RateLimitCounter counter = counter();
        try {
            inTransaction(() -> {
                counter.hit("address:203.0.113.66", WINDOW, NOW);
                throw new IllegalStateException("the sign-in failed");
            });
        } catch (IllegalStateException expected) {
            // the failed sign-in's transaction is gone; its count must not be
        }

        assertThat(counter.count("address:203.0.113.66", WINDOW, NOW)).isEqualTo(1);
    }

    @Test
    void keysAndWindowsAreChecked() {
        RateLimitCounter counter = counter();

        assertFailsWith(ErrorCode.INVALID_VALUE, () -> counter.hit(" ", WINDOW, NOW));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> counter.hit("k".repeat(RateLimitCounter.MAX_KEY_LENGTH + 1),
                WINDOW, NOW));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> counter.count("address:x", Duration.ZERO, NOW));
        assertThat(counter.hit("k".repeat(RateLimitCounter.MAX_KEY_LENGTH), WINDOW, NOW)).isEqualTo(1);
    }
}
