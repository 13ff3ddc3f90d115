package dev.clientportal.jpa;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
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
 * committed row under its write lock ({@code SELECT ... FOR UPDATE} by refreshing the entity), held from the save
 * (or from a read for update) to the commit: of two instances that loaded the same version, the second waits for
 * the first to commit and then sees the new version. A row this transaction holds under its write lock already
 * (read {@code FOR UPDATE} or saved before in it) is current and is not read again. Every save writes the next
 * version, so an unchanged aggregate is versioned too, and every save flushes, so a failure arrives typed from the
 * port that caused it, whoever commits.
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
                if (entity != null && entityManager.getLockMode(entity) != LockModeType.PESSIMISTIC_WRITE) {
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

    /** How often {@link #consistently} reads the rows again before it calls a mismatch a defect. */
    private static final int CONSISTENT_READ_ATTEMPTS = 8;

    /** The pause before the first read again, doubled before each further one (about a quarter second in all). */
    private static final long FIRST_PAUSE_MILLIS = 2;

    /**
     * Builds aggregates whose rows and child rows were read in separate statements. At READ COMMITTED a commit
     * between those statements, or a row this transaction read earlier and kept, can pair a row with newer child
     * rows; the aggregate's own checks then fail (an {@link IllegalArgumentException}, as core's constructors and
     * {@code build}'s count checks throw). The rows are then refreshed and the children read again, a few times at
     * most; a mismatch that stays is a defect and is thrown.
     *
     * <p>The reads again come after short, doubling pauses: on H2 a commit of rows in several tables does not
     * become visible to other sessions in one instant, and a reader that tried again at once has been seen to get
     * the same mixed pair several times in a row (the automation simulation on three instances, a late fee's
     * invoice row and its open amounts), while the pair read a few milliseconds later agreed.
     *
     * @param entityManager the entity manager the rows are managed by
     * @param rows          the aggregates' rows
     * @param build         reads the child rows of the given rows and builds the aggregates
     * @return the aggregates, in the order of the rows
     */
    static <E, A> List<A> consistently(EntityManager entityManager, List<E> rows, Function<List<E>, List<A>> build) {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return build.apply(rows);
            } catch (IllegalArgumentException mismatch) {
                if (attempt >= CONSISTENT_READ_ATTEMPTS) {
                    throw mismatch;
                }
                pause(pause, mismatch);
                pause *= 2;
                rows.forEach(entityManager::refresh);
            }
        }
    }

    private static void pause(long millis, IllegalArgumentException mismatch) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mismatch.addSuppressed(e);
            throw mismatch;
        }
    }

    /**
     * Reloads the entity of a row that a bulk or native statement just changed, when this persistence context holds it
     * already loaded (a later find would hand out its old state); takes no statement when it does not.
     *
     * @param entityManager the entity manager of the transaction
     * @param type          the entity class
     * @param id            the row's id
     */
    static void refreshIfLoaded(EntityManager entityManager, Class<?> type, Object id) {
        Object reference = entityManager.getReference(type, id);
        if (entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(reference)) {
            entityManager.refresh(reference);
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
