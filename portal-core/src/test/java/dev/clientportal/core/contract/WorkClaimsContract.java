package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    // ---- many keys at once ----

    @Test
    void claimingManyKeys_takesTheFreeTheReleasedAndTheExpired_andLeavesTheActiveAndTheCompleted() {
        WorkKey free = work(1);
        WorkKey taken = work(2);
        WorkKey expired = work(3);
        WorkKey completed = work(4);
        WorkKey released = work(5);
        Instant later = NOW.plus(LEASE);
        claim(expired, "instance-b", NOW);
        claim(completed, "instance-b", NOW);
        complete(completed, "instance-b");
        claim(released, "instance-b", NOW);
        release(released, "instance-b");
        claim(taken, "instance-b", NOW.plusSeconds(1));

        Set<WorkKey> held = claimAll(List.of(completed, free, taken, released, expired), "instance-a", later);

        assertThat(held).containsExactly(free, released, expired);
        assertThat(claim(taken, "instance-c", later)).as("still instance-b's").isFalse();
        assertThat(claim(expired, "instance-b", later)).as("instance-a's now").isFalse();
        completeAll(List.of(free, released, expired), "instance-a");
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> complete(taken, "instance-a"));
        complete(taken, "instance-b");
        assertThat(claimAll(List.of(free, taken, expired, completed, released), "instance-c",
                later.plus(Duration.ofDays(1)))).as("all done").isEmpty();
    }

    @Test
    void claimingManyKeys_countsTheSameOwnersActiveClaimAsTaken_andAKeyOfAnotherWorkspaceAsFree() {
        WorkspaceId other = storedWorkspace("Globex").id();
        claim(key, "instance-a", NOW);

        assertThat(inTransaction(() -> stores.workClaims().tryClaimAll(workspace, List.of(key, work(1)), "instance-a",
                NOW.plusSeconds(1), LEASE))).containsExactly(work(1));
        assertThat(inTransaction(() -> stores.workClaims().tryClaimAll(other, List.of(key, work(1)), "instance-a",
                NOW.plusSeconds(1), LEASE))).containsExactly(key, work(1));
    }

    @Test
    void twoOwnersClaimingOverlappingKeysAtOnce_eachKeyIsWonByExactlyOne_withoutADeadlock() {
        for (int round = 0; round < 10; round++) {
            List<WorkKey> keys = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                keys.add(WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 1 + i % 3));
            }
            List<WorkKey> first = new ArrayList<>(keys.subList(0, 200));
            List<WorkKey> second = new ArrayList<>(keys.subList(100, 300));
            Collections.shuffle(first, new Random(round));
            Collections.shuffle(second, new Random(round + 100));

            List<Race.Outcome<Set<WorkKey>>> outcomes = Race.run(
                    () -> claimAll(first, "instance-a", NOW),
                    () -> claimAll(second, "instance-b", NOW));

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
            Set<WorkKey> a = outcomes.get(0).value();
            Set<WorkKey> b = outcomes.get(1).value();
            assertThat(a).containsAll(keys.subList(0, 100)).doesNotContainAnyElementsOf(b);
            assertThat(b).containsAll(keys.subList(200, 300));
            Set<WorkKey> all = new HashSet<>(a);
            all.addAll(b);
            assertThat(all).containsExactlyInAnyOrderElementsOf(keys);
        }
    }

    @Test
    void completingManyKeys_ofWhichOneWasLost_failsAsLost_andTheRolledBackTransactionCompletesNone() {
        WorkKey first = work(1);
        WorkKey lost = work(2);
        WorkKey third = work(3);
        claimAll(List.of(first, lost, third), "instance-a", NOW);
        claim(lost, "instance-b", NOW.plus(LEASE));

        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> completeAll(List.of(first, lost, third), "instance-a"));

        assertThat(claimAll(List.of(first, third), "instance-c", NOW.plus(LEASE))).as("not done, lease over")
                .containsExactly(first, third);
    }

    @Test
    void completingManyKeys_nameTheKeyTheOwnerDidNotHold() {
        WorkKey held = work(1);
        WorkKey neverClaimed = work(2);
        claim(held, "instance-a", NOW);

        assertThatThrownBy(() -> completeAll(List.of(held, neverClaimed), "instance-a"))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.WORK_CLAIM_LOST);
                    assertThat(e.getMessage()).contains(neverClaimed.value()).doesNotContain(held.value());
                });
    }

    @Test
    void completingManyKeys_completesEveryOne_forGood() {
        List<WorkKey> keys = List.of(work(1), work(2), work(3));
        claimAll(keys, "instance-a", NOW);

        completeAll(keys, "instance-a");

        assertThat(claimAll(keys, "instance-b", NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> completeAll(List.of(work(2)), "instance-a"));
    }

    @Test
    void noKeys_claimAndCompleteNothing() {
        assertThat(claimAll(List.of(), "instance-a", NOW)).isEmpty();
        completeAll(List.of(), "instance-a");

        assertThat(claim(key, "instance-b", NOW)).isTrue();
    }

    @Test
    void moreKeysThanOneStatementTakes_areClaimedAndCompletedAllTheSame() {
        List<WorkKey> keys = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            keys.add(WorkKey.reminder(new InvoiceId(UUID.randomUUID()), 1));
        }
        List<WorkKey> takenBefore = List.of(keys.get(3), keys.get(700), keys.get(1_200));
        takenBefore.forEach(taken -> claim(taken, "instance-b", NOW));

        Set<WorkKey> held = claimAll(keys, "instance-a", NOW);

        List<WorkKey> expected = keys.stream().filter(candidate -> !takenBefore.contains(candidate)).toList();
        assertThat(held).containsExactlyElementsOf(expected);
        completeAll(expected, "instance-a");
        assertFailsWith(ErrorCode.WORK_CLAIM_LOST, () -> completeAll(keys, "instance-a"));
        assertThat(claimAll(keys, "instance-c", NOW.plus(LEASE))).containsExactlyElementsOf(takenBefore);
    }

    @Test
    void claimingManyKeys_checksTheLeaseAndTheOwner() {
        assertFailsWith(ErrorCode.INVALID_VALUE, () -> inTransaction(() ->
                stores.workClaims().tryClaimAll(workspace, List.of(key), "instance-a", NOW, Duration.ZERO)));
        assertFailsWith(ErrorCode.REQUIRED, () -> inTransaction(() ->
                stores.workClaims().tryClaimAll(workspace, List.of(key), " ", NOW, LEASE)));
        assertFailsWith(ErrorCode.REQUIRED, () -> inTransaction(() ->
                stores.workClaims().completeAll(workspace, List.of(key), " ")));
        assertThat(claim(key, "instance-a", NOW)).isTrue();
    }

    private WorkKey work(int index) {
        return WorkKey.of("batch:" + index);
    }

    private Set<WorkKey> claimAll(List<WorkKey> keys, String owner, Instant now) {
        return inTransaction(() -> stores.workClaims().tryClaimAll(workspace, keys, owner, now, LEASE));
    }

    private void completeAll(List<WorkKey> keys, String owner) {
        inTransaction(() -> stores.workClaims().completeAll(workspace, keys, owner));
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
