package dev.clientportal.jpa;

import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Keeps the child rows an aggregate's queries read (pending signers, pending approvers) equal to what the aggregate
 * says, written under the lock of its row: rows that stay are updated, the others deleted and the missing ones
 * inserted, each by its exact key, so no statement locks a range (on MariaDB a range delete's gap lock could
 * deadlock two saves of neighbouring aggregates).
 */
final class ChildRows {

    private ChildRows() {
    }

    /**
     * Brings the stored rows to the wanted ones.
     *
     * @param entityManager the entity manager of the save
     * @param stored        the rows read for the parent (managed)
     * @param wanted        new rows, not yet persisted, for what the parent says now
     * @param key           the primary key of a row
     * @param update        copies the fields of a wanted row onto the stored row with its key
     */
    static <E, K> void replace(EntityManager entityManager, List<E> stored, List<E> wanted, Function<E, K> key,
                               BiConsumer<E, E> update) {
        Map<K, E> byKey = new LinkedHashMap<>();
        wanted.forEach(row -> byKey.put(key.apply(row), row));
        Set<K> kept = new HashSet<>();
        for (E row : stored) {
            E replacement = byKey.get(key.apply(row));
            if (replacement == null) {
                entityManager.remove(row);
            } else {
                update.accept(row, replacement);
                kept.add(key.apply(row));
            }
        }
        byKey.forEach((rowKey, row) -> {
            if (!kept.contains(rowKey)) {
                entityManager.persist(row);
            }
        });
        entityManager.flush();
    }
}
