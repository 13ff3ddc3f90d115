package dev.clientportal.core.access;

import dev.clientportal.core.PortalStores;
import dev.clientportal.core.contract.RateLimitCounterContract;
import dev.clientportal.core.memory.InMemoryStores;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The single-instance default counter keeps the contract every store counter keeps, and bounds each kind apart. */
class CaffeineRateLimitCounterTest extends RateLimitCounterContract {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(15);

    @Override
    protected PortalStores newStores() {
        return InMemoryStores.create();
    }

    @Override
    protected RateLimitCounter counter() {
        return RateLimitCounter.inThisInstance();
    }

    @Test
    void aFloodOfOneKind_fillsItsOwnBudget_andLeavesTheCountsOfAnotherKind() {
        CaffeineRateLimitCounter counter = new CaffeineRateLimitCounter(1_000);
        for (int hit = 0; hit < 30; hit++) {
            counter.hit("failed-address:203.0.113.66", WINDOW, NOW);
        }

        for (int flood = 0; flood < 20_000; flood++) {
            counter.hit("failed-prefix:" + flood, WINDOW, NOW);
        }

        assertThat(counter.count("failed-address:203.0.113.66", WINDOW, NOW)).isEqualTo(30);
        long kept = IntStream.range(0, 20_000).filter(key -> counter.count("failed-prefix:" + key, WINDOW, NOW) > 0)
                .count();
        assertThat(kept).as("the flooded kind stays within its budget").isBetween(1L, 1_100L);
    }

    @Test
    void keysOfMoreKindsThanGetABudgetEach_stillCountExactly() {
        CaffeineRateLimitCounter counter = new CaffeineRateLimitCounter(1_000);
        int kinds = 3 * CaffeineRateLimitCounter.MAX_KINDS;
        for (int kind = 0; kind < kinds; kind++) {
            counter.hit("kind" + kind + ":key", WINDOW, NOW);
            counter.hit("kind" + kind + ":key", WINDOW, NOW);
        }

        for (int kind = 0; kind < kinds; kind++) {
            assertThat(counter.count("kind" + kind + ":key", WINDOW, NOW)).isEqualTo(2);
        }
    }
}
