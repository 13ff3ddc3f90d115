package dev.clientportal.core.memory;

import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The in-memory claims stay exclusive on their own, not because the stores' global lock serialises transactions:
 * here the racers call the port with no transaction open, so nothing holds that lock.
 */
class InMemoryWorkClaimsTest {

    private final InMemoryStores stores = InMemoryStores.create();
    private final WorkClaims claims = stores.workClaims();
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void sixteenRacersWithoutTheGlobalLock_exactlyOneClaims_andOnlyThatOneCompletes() {
        for (int round = 0; round < 50; round++) {
            WorkKey key = WorkKey.recurring(UUID.randomUUID(), "2026-" + round);
            List<Race.Outcome<String>> outcomes = Race.run(racers(16, owner -> {
                if (!claims.tryClaim(workspace, key, owner, now, Duration.ofMinutes(5))) {
                    return "lost";
                }
                claims.complete(workspace, key, owner);
                return "done";
            }));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(outcomes).filteredOn(outcome -> outcome.value().equals("done")).as("round %d", round)
                    .hasSize(1);
            assertThat(claims.tryClaim(workspace, key, "late", now.plus(Duration.ofDays(1)), Duration.ofMinutes(5)))
                    .isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static Callable<String>[] racers(int count, Function<String, String> work) {
        Callable<String>[] racers = new Callable[count];
        for (int i = 0; i < count; i++) {
            String owner = "instance-" + i;
            racers[i] = () -> work.apply(owner);
        }
        return racers;
    }
}
