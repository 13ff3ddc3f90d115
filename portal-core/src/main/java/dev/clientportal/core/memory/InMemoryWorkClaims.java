package dev.clientportal.core.memory;

import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.kernel.WorkspaceId;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Work claims in a concurrent map: every change is one atomic compute on the key's entry, as a database changes one
 * row under its lock, so claims stay exclusive without the stores' global lock. A rolled-back transaction puts the
 * entry back as it was, unless a later change replaced it meanwhile.
 */
final class InMemoryWorkClaims implements WorkClaims {

    /** One row: who holds the work until when, or that it is done ({@code owner} is {@code null} when released). */
    private record Claim(@Nullable String owner, @Nullable Instant leasedUntil, boolean completed) {

        /** Whether the lease has run out at {@code now}; a claim without a lease has none to run out. */
        boolean leaseOver(Instant now) {
            return leasedUntil == null || !leasedUntil.isAfter(now);
        }
    }

    private final InMemoryTransactions transactions;
    private final ConcurrentMap<ScopedKey, Claim> claims = new ConcurrentHashMap<>();

    InMemoryWorkClaims(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean tryClaim(WorkspaceId workspaceId, WorkKey key, String owner, Instant now, Duration lease) {
        String holder = WorkClaims.requireValidClaim(workspaceId, key, owner, now, lease);
        Claim wanted = new Claim(holder, now.plus(lease), false);
        return change(new ScopedKey(workspaceId, key.value()), wanted, current -> current == null
                || (!current.completed() && (current.owner() == null || current.leaseOver(now))));
    }

    @Override
    public void complete(WorkspaceId workspaceId, WorkKey key, String owner) {
        String holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        if (!change(new ScopedKey(workspaceId, key.value()), new Claim(holder, null, true), current -> held(current,
                holder))) {
            throw WorkClaims.claimLost(key, holder);
        }
    }

    @Override
    public void release(WorkspaceId workspaceId, WorkKey key, String owner) {
        String holder = WorkClaims.requireValidOwner(workspaceId, key, owner);
        if (!change(new ScopedKey(workspaceId, key.value()), new Claim(null, null, false), current -> held(current,
                holder))) {
            throw WorkClaims.claimLost(key, holder);
        }
    }

    private static boolean held(@Nullable Claim current, String owner) {
        return current != null && !current.completed() && owner.equals(current.owner());
    }

    /** Replaces the entry with {@code next} when {@code allowed} holds for the current one, atomically. */
    private boolean change(ScopedKey key, Claim next, java.util.function.Predicate<@Nullable Claim> allowed) {
        @Nullable Claim[] before = new Claim[1];
        boolean[] changed = new boolean[1];
        claims.compute(key, (ignored, current) -> {
            before[0] = current;
            changed[0] = allowed.test(current);
            return changed[0] ? next : current;
        });
        if (changed[0]) {
            Claim previous = before[0];
            transactions.onRollback(() -> claims.compute(key, (ignored, current) -> current == next ? previous
                    : current));
        }
        return changed[0];
    }
}
