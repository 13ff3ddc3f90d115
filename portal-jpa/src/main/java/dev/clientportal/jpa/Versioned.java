package dev.clientportal.jpa;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Saving an aggregate as its ports promise: version 0 inserts (a taken id is {@link ErrorCode#DUPLICATE_KEY}),
 * any other version updates only the row still at that version, else {@link ErrorCode#CONCURRENT_MODIFICATION}.
 *
 * <p>The check is optimistic (the version the caller loaded against the stored one) and made on the latest
 * committed row under its write lock ({@code SELECT ... FOR UPDATE} by refreshing the entity), held only from the
 * save to the commit: of two instances that loaded the same version, the second waits for the first to commit and
 * then sees the new version. Every save writes the next version, so an unchanged aggregate is versioned too, and
 * every save flushes, so a failure arrives typed from the port that caused it, whoever commits.
 */
final class Versioned {

    private Versioned() {
    }

    static <E, A> A save(EntityManager entityManager, Class<E> type, Object id, long expectedVersion, String subject,
                         Supplier<E> newEntity, Consumer<E> copy, ToLongFunction<E> versionOf,
                         ObjLongConsumer<E> nextVersion,
                         Function<E, A> saved) {
        try {
            E entity;
            if (expectedVersion == 0) {
                entity = newEntity.get();
                entityManager.persist(entity);
            } else {
                entity = entityManager.find(type, id);
                if (entity != null) {
                    entityManager.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
                }
                if (entity == null || versionOf.applyAsLong(entity) != expectedVersion) {
                    throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, subject + " " + id
                            + " was changed by someone else (expected version " + expectedVersion + ", found "
                            + (entity == null ? "none" : versionOf.applyAsLong(entity))
                            + "); load it again and retry");
                }
                copy.accept(entity);
                nextVersion.accept(entity, expectedVersion + 1);
            }
            entityManager.flush();
            return saved.apply(entity);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "save " + subject + " " + id);
        }
    }

    /** Runs a read, translating what the provider throws. */
    static <T> T read(String action, Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            throw Failures.translate(e, action);
        }
    }
}
