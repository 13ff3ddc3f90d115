package dev.clientportal.core.contract;

import dev.clientportal.core.kernel.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic locking and round trips, the same for every repository whose {@code save} inserts at version 0 and
 * updates at the stored version: the stored copy comes back with the next version and every field intact; a stale
 * or unknown version fails with {@link ErrorCode#CONCURRENT_MODIFICATION}; inserting an existing id fails with
 * {@link ErrorCode#DUPLICATE_KEY}; a failed save leaves the stored row as it was.
 *
 * @param <T> the aggregate
 */
public abstract class VersionedRepositoryContract<T> extends StoreContract {

    /** A new aggregate with every field set, version 0, whose parent rows are stored; a new id on every call. */
    protected abstract T newAggregate();

    /** Saves through the port. */
    protected abstract T save(T aggregate);

    /** Finds the aggregate's stored row through the port. */
    protected abstract Optional<T> find(T aggregate);

    /** The aggregate with another version. */
    protected abstract T withVersion(T aggregate, long version);

    /** The aggregate's version. */
    protected abstract long versionOf(T aggregate);

    /**
     * A legal next state of the same aggregate (same id and version, different content), changing nested parts
     * where it has them. Never equal to its argument.
     */
    protected abstract T changed(T aggregate);

    private T saved(T aggregate) {
        return inTransaction(() -> save(aggregate));
    }

    private Optional<T> readBack(T aggregate) {
        return inTransaction(() -> find(aggregate));
    }

    @Test
    void insertingAtVersionZero_storesEveryFieldAndReturnsVersionOne() {
        T fresh = newAggregate();

        T saved = saved(fresh);

        assertThat(saved).isEqualTo(withVersion(fresh, 1));
        assertThat(readBack(fresh)).contains(saved);
    }

    @Test
    void updatingAtTheStoredVersion_storesTheChangeAndBumpsTheVersion() {
        T first = saved(newAggregate());
        T change = changed(first);

        T second = saved(change);
        T third = saved(changed(second));

        assertThat(second).isEqualTo(withVersion(change, 2));
        assertThat(versionOf(third)).isEqualTo(3);
        assertThat(readBack(first)).contains(third);
    }

    @Test
    void updatingAtAStaleVersion_failsWithConcurrentModificationAndKeepsTheStoredRow() {
        T first = saved(newAggregate());
        T current = saved(changed(first));
        T stale = withVersion(changed(current), versionOf(first));

        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> saved(stale));

        assertThat(readBack(first)).contains(current);
    }

    @Test
    void updatingAtAVersionAheadOfTheStoredOne_failsWithConcurrentModification() {
        T first = saved(newAggregate());

        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> saved(withVersion(changed(first), 2)));

        assertThat(readBack(first)).contains(first);
    }

    @Test
    void updatingARowThatWasNeverInserted_failsWithConcurrentModificationAndStoresNothing() {
        T neverInserted = withVersion(newAggregate(), 1);

        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> saved(neverInserted));

        assertThat(readBack(neverInserted)).isEmpty();
    }

    @Test
    void insertingAnExistingIdAgain_failsWithDuplicateKeyAndKeepsTheStoredRow() {
        T first = saved(newAggregate());

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> saved(withVersion(changed(first), 0)));

        assertThat(readBack(first)).contains(first);
    }
}
