package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link dev.clientportal.core.automation.WorkClaims}: of any number of owners racing for one key exactly one holds
 * it, an ended lease lets another owner take over, completed work is never claimable again, and only the holder
 * completes or releases. Every call runs in a transaction of its own, as automation makes them.
 */
public abstract class WorkClaimsContract extends StoreContract {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private WorkspaceId workspace;
    private final WorkKey key = WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 1);

    @BeforeEach
    void aWorkspace() {
        workspace = storedWorkspace("Acme").id();
    }

    @Test
    void theFirstClaimOfAKey_wins_andNoOtherOwnerGetsItWhileTheLeaseRuns() {
        assertThat(claim(key, "instance-a", NOW)).isTrue();

        assertThat(claim(key, "instance-b", NOW)).isFalse();
        assertThat(claim(key, "instance-b", NOW.plus(LEASE).minusNanos(1000))).isFalse();
        assertThat(claim(key, "instance-a", NOW.plusSeconds(1))).as("an active claim is not claimed twice, even by "
                + "its owner").isFalse();
    }

    @Test
    void sixteenOwnersRacingForOneKey_exactlyOneWins() {
        List<Race.Outcome<Boolean>> outcomes = Race.run(racers(16, owner -> claim(key, owner, NOW)));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).filteredOn(outcome -> outcome.value()).hasSize(1);
    }

    @Test
    void sixteenOwnersRacingForAKeyWhoseLeaseEnded_exactlyOneTakesItOver() {
        claim(key, "crashed", NOW);
        Instant later = NOW.plus(LEASE);

        List<Race.Outcome<Boolean>> outcomes = Race.run(racers(16, owner -> claim(key, owner, later)));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes).filteredOn(outcome -> outcome.value()).hasSize(1);
    }

    @Test
    void aLeaseThatEnded_isClaimableByAnotherOwner_fromTheInstantItEnds() {
        claim(key, "instance-a", NOW);

        assertThat(claim(key, "instance-b", NOW.plus(LEASE))).isTrue();
        assertThat(claim(key, "instance-a", NOW.plus(LEASE).plusSeconds(1))).isFalse();
    }

    @Test
    void theOwnerWhoseLeaseWasTakenOver_canNeitherCompleteNorReleaseIt() {
        claim(key, "instance-a", NOW);
        claim(key, "instance-b", NOW.plus(LEASE));

        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> complete(key, "instance-a"));
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> release(key, "instance-a"));

        complete(key, "instance-b");
    }

    @Test
    void anotherOwner_cannotCompleteOrReleaseAnActiveClaim_andTheClaimStays() {
        claim(key, "instance-a", NOW);

        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> complete(key, "instance-b"));
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> release(key, "instance-b"));

        assertThat(claim(key, "instance-b", NOW.plusSeconds(1))).isFalse();
        complete(key, "instance-a");
    }

    @Test
    void unclaimedWork_cannotBeCompletedOrReleased() {
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> complete(key, "instance-a"));
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> release(key, "instance-a"));

        assertThat(claim(key, "instance-a", NOW)).isTrue();
    }

    @Test
    void completedWork_isNeverClaimableAgain_byAnyOwner_however_late() {
        claim(key, "instance-a", NOW);
        complete(key, "instance-a");

        assertThat(claim(key, "instance-b", NOW.plus(LEASE))).isFalse();
        assertThat(claim(key, "instance-a", NOW.plus(Duration.ofDays(400)))).isFalse();
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> complete(key, "instance-a"));
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> release(key, "instance-a"));
        assertThat(claim(key, "instance-b", NOW.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void releasedWork_isClaimableAtOnce() {
        claim(key, "instance-a", NOW);

        release(key, "instance-a");

        assertThat(claim(key, "instance-b", NOW.plusSeconds(1))).isTrue();
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> release(key, "instance-a"));
    }

    @Test
    void claimsAreScopedByWorkspace_andByKey() {
        WorkspaceId other = storedWorkspace("Globex").id();
        WorkKey secondStep = WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 2);
        claim(key, "instance-a", NOW);

        assertThat(inTransaction(() -> stores.workClaims().tryClaim(other, key, "instance-b", NOW, LEASE))).isTrue();
        assertThat(claim(secondStep, "instance-b", NOW)).isTrue();
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> inTransaction(() ->
                stores.workClaims().complete(other, key, "instance-a")));
    }

    @Test
    void aClaimWhoseTransactionRolledBack_leavesTheWorkUnclaimed() {
        try {
            inTransaction(() -> {
                stores.workClaims().tryClaim(workspace, key, "instance-a", NOW, LEASE);
                throw new IllegalStateException("the instance failed before committing its claim");
            });
        } catch (IllegalStateException expected) {
            // the claim went with the transaction
        }

        assertThat(claim(key, "instance-b", NOW)).isTrue();
    }

    @Test
    void completingInAWorkTransactionThatRolledBack_leavesTheClaimWithItsOwner() {
        claim(key, "instance-a", NOW);
        try {
            inTransaction(() -> {
                stores.workClaims().complete(workspace, key, "instance-a");
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // "done" went with the work
        }

        assertThat(claim(key, "instance-b", NOW.plusSeconds(1))).isFalse();
        assertThat(claim(key, "instance-b", NOW.plus(LEASE))).as("not done: claimable once the lease ended").isTrue();
    }

    @Test
    void aLeaseMustBePositive_andAnOwnerNamed() {
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() ->
                stores.workClaims().tryClaim(workspace, key, "instance-a", NOW, Duration.ZERO)));
        assertFailsWith(ErrorCode.REQUIRED, () -> inTransaction(() ->
                stores.workClaims().tryClaim(workspace, key, " ", NOW, LEASE)));
        assertThat(claim(key, "instance-a", NOW)).isTrue();
    }

    @Test
    void workKeys_nameTheWorkTheSameWayEverywhere() {
        InvoiceId invoice = new InvoiceId(UUID.fromString("019c0000-0000-7000-8000-000000000001"));
        UUID schedule = UUID.fromString("019c0000-0000-7000-8000-000000000002");

        assertThat(WorkKey.reminder(invoice, 3).value()).isEqualTo("reminder:" + invoice + ":3");
        assertThat(WorkKey.recurring(schedule, "2026-12").value()).isEqualTo("recurring:" + schedule + ":2026-12");
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> WorkKey.of("two words"));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> WorkKey.of("x".repeat(WorkKey.MAX_LENGTH + 1)));
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> WorkKey.reminder(invoice, 0));
    }

    private boolean claim(WorkKey work, String owner, Instant now) {
        return inTransaction(() -> stores.workClaims().tryClaim(workspace, work, owner, now, LEASE));
    }

    private void complete(WorkKey work, String owner) {
        inTransaction(() -> stores.workClaims().complete(workspace, work, owner));
    }

    private void release(WorkKey work, String owner) {
        inTransaction(() -> stores.workClaims().release(workspace, work, owner));
    }

    @SuppressWarnings("unchecked")
    private static Callable<Boolean>[] racers(int count, Function<String, Boolean> call) {
        Callable<Boolean>[] racers = new Callable[count];
        for (int i = 0; i < count; i++) {
            String owner = "instance-" + i;
            racers[i] = () -> call.apply(owner);
        }
        return racers;
    }
}
