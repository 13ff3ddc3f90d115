package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.RetryOnConflict;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.testing.Race;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity feed on two host instances (two entity manager factories over one database), each call in a
 * transaction of its own: racing notes of the same natural keys store each key once; racing read marks of one contact
 * keep the highest; a reader paging the feed while the other instance inserts, also between the entries it pages
 * through, reads every entry that was there when it started exactly once, in feed order. Ids are random UUIDs and
 * entries share instants, so the database's order must be core's {@link FeedCursor} order to the last bit.
 */
class FeedAcrossInstancesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");
    private static final int THREADS_PER_INSTANCE = 3;
    private static final int KEYS = 20;
    private static final int MARKS_PER_THREAD = 20;
    private static final int EXISTING = 120;
    private static final int PAGE = 7;

    private final List<EntityManagerFactory> opened = new ArrayList<>();
    private ActivityFeedStore first;
    private ActivityFeedStore second;
    private JpaPortalStores firstStores;
    private JpaPortalStores secondStores;
    private WorkspaceId acme;
    private ClientId globex;
    private ContactId ana;

    @AfterEach
    void closeTheSecondInstance() {
        opened.forEach(EntityManagerFactory::close);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void racingNotesOfTheSameKeys_storeEachKeyOnce(Vendor vendor) {
        twoInstances(vendor);
        List<Callable<List<FeedEntry>>> notes = new ArrayList<>();
        for (int thread = 0; thread < 2 * THREADS_PER_INSTANCE; thread++) {
            boolean onFirst = thread % 2 == 0;
            Random random = new Random(thread);
            notes.add(() -> {
                List<Integer> keys = new ArrayList<>();
                for (int key = 0; key < KEYS; key++) {
                    keys.add(key);
                }
                Collections.shuffle(keys, random);
                List<FeedEntry> stored = new ArrayList<>();
                for (int key : keys) {
                    FeedEntry entry = noted("invoice-paid:" + key + ":2", T0.plusSeconds(key));
                    inTransaction(onFirst, feed -> feed.insert(entry)).ifPresent(stored::add);
                }
                return stored;
            });
        }

        List<FeedEntry> stored = new ArrayList<>();
        for (Race.Outcome<List<FeedEntry>> outcome : race(notes)) {
            assertThat(outcome.failure()).as("a note failed").isNull();
            stored.addAll(outcome.value());
        }

        assertThat(stored).extracting(FeedEntry::naturalKey).hasSize(KEYS).doesNotHaveDuplicates();
        List<FeedEntry> feed = inTransaction(true, store -> store.page(acme, globex, null, null, 10 * KEYS));
        assertThat(feed).extracting(FeedEntry::id)
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(FeedEntry::id).toList());
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void racingReadMarksOfOneContact_keepTheHighest(Vendor vendor) {
        twoInstances(vendor);
        List<Callable<FeedCursor>> markers = new ArrayList<>();
        for (int thread = 0; thread < 2 * THREADS_PER_INSTANCE; thread++) {
            boolean onFirst = thread % 2 == 0;
            Random random = new Random(100 + thread);
            markers.add(() -> {
                FeedCursor highest = null;
                for (int mark = 0; mark < MARKS_PER_THREAD; mark++) {
                    FeedCursor position = new FeedCursor(T0.plusSeconds(random.nextInt(5)), randomId(random));
                    inTransaction(onFirst, feed -> {
                        feed.markRead(new FeedReadMark(acme, globex, ana, position, T0));
                        return null;
                    });
                    highest = highest == null || position.isAfter(highest) ? position : highest;
                    FeedCursor seen = inTransaction(onFirst, feed -> feed.readMark(acme, globex, ana))
                            .orElseThrow().position();
                    assertThat(seen).as("the mark after writing %s", position).isGreaterThanOrEqualTo(position);
                }
                return highest;
            });
        }

        FeedCursor highest = null;
        for (Race.Outcome<FeedCursor> outcome : race(markers)) {
            assertThat(outcome.failure()).as("a read mark failed").isNull();
            highest = highest == null || outcome.value().isAfter(highest) ? outcome.value() : highest;
        }

        FeedReadMark onSecond = inTransaction(false, feed -> feed.readMark(acme, globex, ana)).orElseThrow();
        List<FeedReadMark> onFirst = inTransaction(true, feed -> feed.readMarks(acme, globex));
        assertThat(onSecond.position()).isEqualTo(highest);
        assertThat(onFirst).containsExactly(onSecond);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void pagingWhileTheOtherInstanceInserts_neitherSkipsNorRepeatsAnEntryThatWasThere(Vendor vendor) {
        twoInstances(vendor);
        Random random = new Random(7);
        List<FeedEntry> existing = new ArrayList<>();
        for (int n = 0; n < EXISTING; n++) {
            // four entries to an instant on average: the ids order them
            FeedEntry entry = update(T0.plusSeconds(random.nextInt(EXISTING / 4)), randomId(random));
            existing.add(inTransaction(true, feed -> feed.insert(entry)).orElseThrow());
        }
        Semaphore insertedSincePage = new Semaphore(0);
        AtomicBoolean pagingDone = new AtomicBoolean();

        Callable<List<FeedEntry>> pager = () -> {
            List<FeedEntry> read = new ArrayList<>();
            FeedCursor before = null;
            try {
                while (true) {
                    assertThat(insertedSincePage.tryAcquire(30, TimeUnit.SECONDS)).as("an insert between pages")
                            .isTrue();
                    FeedCursor after = before;
                    List<FeedEntry> page = inTransaction(true, feed -> feed.page(acme, globex, null, after, PAGE));
                    read.addAll(page);
                    if (page.size() < PAGE) {
                        return read;
                    }
                    before = page.get(page.size() - 1).position();
                }
            } finally {
                pagingDone.set(true);
            }
        };
        Callable<List<FeedEntry>> inserter = () -> {
            Random others = new Random(8);
            List<FeedEntry> inserted = new ArrayList<>();
            // bounded: the pager needs one insert per page, some forty pages at most with these inserts
            for (int n = 0; n < 10 * EXISTING && !pagingDone.get(); n++) {
                // newer than everything, or among the entries being paged
                Instant at = T0.plusSeconds(others.nextInt(EXISTING / 2));
                FeedEntry entry = update(at, randomId(others));
                inserted.add(inTransaction(false, feed -> feed.insert(entry)).orElseThrow());
                insertedSincePage.release();
            }
            return inserted;
        };

        List<Race.Outcome<List<FeedEntry>>> outcomes = race(List.of(pager, inserter));
        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        List<FeedEntry> read = outcomes.get(0).value();
        List<FeedEntry> inserted = outcomes.get(1).value();

        assertThat(inserted).isNotEmpty();
        assertThat(read).extracting(FeedEntry::id).doesNotHaveDuplicates()
                .containsAll(existing.stream().map(FeedEntry::id).toList());
        assertThat(read).extracting(FeedEntry::position).isSortedAccordingTo(Comparator.reverseOrder());
        Set<FeedEntryId> known = new HashSet<>();
        existing.forEach(entry -> known.add(entry.id()));
        inserted.forEach(entry -> known.add(entry.id()));
        assertThat(read).extracting(FeedEntry::id).allMatch(known::contains);
    }

    private void twoInstances(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        EntityManagerFactory other = database.newEntityManagerFactory();
        opened.add(other);
        firstStores = JpaPortalStores.create(database.entityManagerFactory());
        secondStores = JpaPortalStores.create(other);
        first = firstStores.projects().orElseThrow().feed();
        second = secondStores.projects().orElseThrow().feed();
        acme = firstStores.transactions().inTransaction(() -> firstStores.workspaces().save(
                Samples.workspace("Acme Design"))).id();
        globex = firstStores.transactions().inTransaction(() -> firstStores.clients().save(
                Samples.client(acme, "Globex", USD))).id();
        ana = firstStores.transactions().inTransaction(() -> firstStores.contacts().save(
                Samples.contact(acme, globex, "Ana Ruiz"))).id();
    }

    /** One call in a transaction of its own on one instance, run again when it lost a race to the other. */
    private <T> T inTransaction(boolean onFirst, Function<ActivityFeedStore, T> call) {
        JpaPortalStores stores = onFirst ? firstStores : secondStores;
        ActivityFeedStore feed = onFirst ? first : second;
        return RetryOnConflict.run(RetryOnConflict.MAX_ATTEMPTS,
                () -> stores.transactions().inTransaction(() -> call.apply(feed)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Race.Outcome<T>> race(List<Callable<T>> calls) {
        return Race.run(calls.toArray(Callable[]::new));
    }

    private FeedEntry noted(String key, Instant at) {
        return new FeedEntry(new FeedEntryId(UUID.randomUUID()), acme, globex, null, FeedEntryKind.INVOICE_PAID,
                "Invoice paid", FeedEntry.SYSTEM, at, false, key, null, null, null, null, null, List.of(), 0);
    }

    private FeedEntry update(Instant at, FeedEntryId id) {
        return new FeedEntry(id, acme, globex, null, FeedEntryKind.UPDATE, "Update", "staff:owner@acme.example", at,
                false, null, null, null, null, null, null, List.of(), 0);
    }

    /**
     * A random version-4 UUID (MariaDB's uuid type takes only the standard variant), its first bit either way, so that
     * Java's signed order of the halves and the databases' unsigned orders differ.
     */
    private static FeedEntryId randomId(Random random) {
        return new FeedEntryId(new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L));
    }
}
