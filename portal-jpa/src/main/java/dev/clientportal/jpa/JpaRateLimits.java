package dev.clientportal.jpa;

import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.kernel.InputLimits;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate-limit windows in {@code cp_rate_limit}, one row per key, shared by every instance on the database: a limit
 * of five means five hits in all, however many instances answer the requests. Each hit is one upsert in a transaction
 * of its own ({@link OwnTransactions}), so it commits even when the caller's transaction (a failed sign-in) rolls
 * back, and the row lock it takes orders concurrent hits, so each sees its own count. The window rule lives in the
 * statement: a window that opened at or before {@code now - window} has ended, and the hit opens a new one at 1.
 *
 * <p>Rows of windows that ended are deleted now and then (every {@value #PURGE_EVERY_HITS} hits of this instance):
 * those opened longer ago than a day, and than the window of the hit that triggers it, as other kinds of keys may
 * count over other windows. Instants are kept to the microsecond, as the columns keep them.
 */
final class JpaRateLimits implements RateLimitCounter {

    static final int PURGE_EVERY_HITS = 4096;
    private static final Duration KEEP_AT_LEAST = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(JpaRateLimits.class);

    private static final String POSTGRESQL_HIT = "insert into cp_rate_limit as r (rate_key, window_start, hits)"
            + " values (:key, :now, 1) on conflict (rate_key) do update set"
            + " hits = case when r.window_start <= :ended then 1 else r.hits + 1 end,"
            + " window_start = case when r.window_start <= :ended then :now else r.window_start end"
            + " returning hits";
    /** MariaDB assigns left to right, so {@code hits} is set while {@code window_start} still holds the old start. */
    private static final String MARIADB_HIT = "insert into cp_rate_limit (rate_key, window_start, hits)"
            + " values (:key, :now, 1) on duplicate key update"
            + " hits = if(window_start <= :ended, 1, hits + 1),"
            + " window_start = if(window_start <= :ended, :now, window_start)";

    private final OwnTransactions transactions;
    private final int purgeEveryHits;
    private final AtomicInteger hitsSincePurge = new AtomicInteger();

    JpaRateLimits(OwnTransactions transactions) {
        this(transactions, PURGE_EVERY_HITS);
    }

    JpaRateLimits(OwnTransactions transactions, int purgeEveryHits) {
        this.transactions = transactions;
        this.purgeEveryHits = purgeEveryHits;
    }

    @Override
    public int hit(String key, Duration window, Instant now) {
        Instant at = checked(key, window, now);
        Instant ended = at.minus(window).truncatedTo(ChronoUnit.MICROS);
        int hits = transactions.write("count a hit on a " + kind(key) + " key",
                entityManager -> switch (transactions.dialect()) {
                    case POSTGRESQL -> ((Number) entityManager.createNativeQuery(POSTGRESQL_HIT)
                            .setParameter("key", key).setParameter("now", at).setParameter("ended", ended)
                            .getSingleResult()).intValue();
                    case MARIADB -> {
                        entityManager.createNativeQuery(MARIADB_HIT)
                                .setParameter("key", key).setParameter("now", at).setParameter("ended", ended)
                                .executeUpdate();
                        yield entityManager.find(RateLimitEntity.class, key).hits;
                    }
                    case H2 -> lockThenHit(entityManager, key, window, at);
                });
        purgeNowAndThen(window, at);
        return hits;
    }

    @Override
    public int count(String key, Duration window, Instant now) {
        Instant at = checked(key, window, now);
        RateLimitEntity row = transactions.read("read the count of a " + kind(key) + " key",
                entityManager -> entityManager.find(RateLimitEntity.class, key));
        return Window.countAt(row == null ? null : new Window(row.windowStart, row.hits), window, at);
    }

    private static Instant checked(String key, Duration window, Instant now) {
        RateLimitCounter.requireValid(key, window, now);
        return InputLimits.requireInstant(now, "now").truncatedTo(ChronoUnit.MICROS);
    }

    /** A racing first hit makes the insert fail as a duplicate; {@link OwnTransactions} runs it again. */
    private static int lockThenHit(EntityManager entityManager, String key, Duration window, Instant now) {
        RateLimitEntity row = entityManager.find(RateLimitEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
        Window next = Window.afterHit(row == null ? null : new Window(row.windowStart, row.hits), window, now);
        if (row == null) {
            entityManager.persist(new RateLimitEntity(key, next.start(), next.hits()));
        } else {
            row.windowStart = next.start();
            row.hits = next.hits();
        }
        return next.hits();
    }

    private void purgeNowAndThen(Duration window, Instant now) {
        if (hitsSincePurge.incrementAndGet() < purgeEveryHits) {
            return;
        }
        hitsSincePurge.set(0);
        Instant openedBefore = now.minus(window.compareTo(KEEP_AT_LEAST) > 0 ? window : KEEP_AT_LEAST);
        try {
            transactions.write("delete ended rate-limit windows", entityManager -> entityManager
                    .createQuery("delete from RateLimit r where r.windowStart <= :openedBefore")
                    .setParameter("openedBefore", openedBefore)
                    .executeUpdate());
        } catch (RuntimeException e) {
            // the hit is counted; the rows stay until the next purge
            LOG.warn("Could not delete ended rate-limit windows; the next purge tries again", e);
        }
    }

    /** The kind a key counts (the text before its first colon), for messages that must not carry the key itself. */
    private static String kind(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && colon <= 32 ? key.substring(0, colon) : "rate-limit";
    }
}
