package dev.clientportal.core.memory;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A map whose writes are undone when the surrounding in-memory transaction rolls back. Every access runs under the
 * transaction lock, so the plain map inside is never touched by two threads at once.
 */
final class Table<K, V> {

    private final InMemoryTransactions transactions;
    private final Map<K, V> rows = new HashMap<>();

    Table(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    V get(K key) {
        return read(() -> rows.get(key));
    }

    Collection<V> values() {
        return read(() -> java.util.List.copyOf(rows.values()));
    }

    void put(K key, V value) {
        transactions.inTransaction(() -> {
            V previous = rows.put(key, value);
            transactions.onRollback(() -> {
                if (previous == null) {
                    rows.remove(key);
                } else {
                    rows.put(key, previous);
                }
            });
            return null;
        });
    }

    void remove(K key) {
        transactions.inTransaction(() -> {
            V previous = rows.remove(key);
            if (previous != null) {
                transactions.onRollback(() -> rows.put(key, previous));
            }
            return null;
        });
    }

    /**
     * Inserts a row whose version is 0, or replaces one whose stored version equals the given one; stores and
     * returns it with the next version.
     */
    V saveVersioned(K key, V row, long version, LongFunction<V> withVersion, java.util.function.ToLongFunction<V> versionOf,
                    String subject) {
        return transactions.inTransaction(() -> {
            V stored = rows.get(key);
            if (version == 0 && stored != null) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, subject + " " + key + " exists already");
            }
            if (version != 0 && (stored == null || versionOf.applyAsLong(stored) != version)) {
                throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, subject + " " + key
                        + " was changed by someone else (expected version " + version + ", found "
                        + (stored == null ? "none" : versionOf.applyAsLong(stored)) + "); load it again and retry");
            }
            V saved = withVersion.apply(version + 1);
            put(key, saved);
            return saved;
        });
    }

    <T> T read(Supplier<T> reader) {
        return transactions.inTransaction(reader);
    }
}
