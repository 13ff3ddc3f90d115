package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedDigestLog;
import dev.clientportal.core.project.FeedDigestMark;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FeedDigestLog}: a contact's digest mark stored by compare-and-set on its version, once when two transactions
 * race with the same version, refused with a stale one; marks read back per client and workspace; the clients with
 * staff updates that are not superseded in a span of time, each once. Run by every adapter that keeps projects.
 */
public abstract class FeedDigestLogContract extends StoreContract {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");

    private ActivityFeedStore feed;
    private FeedDigestLog log;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;
    private ClientId hooli;
    private ContactId ana;
    private ContactId bob;

    @BeforeEach
    void twoWorkspaces() {
        feed = stores.projects().orElseThrow(() -> new AssertionError("these stores keep no projects")).feed();
        log = stores.projects().orElseThrow().digests();
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
        initech = storedClient(acme, "Initech", USD).id();
        hooli = storedClient(other, "Hooli", USD).id();
        ana = storedContact(acme, globex, "Ana Ruiz").id();
        bob = storedContact(acme, globex, "Bob Stone").id();
    }

    @Test
    void aMark_advancesFromTheVersionItWasRead_andAStaleVersionChangesNothing() {
        FeedDigestMark first = mark(ana, 1, T0, 0);
        FeedDigestMark second = mark(ana, 2, T0.plus(Duration.ofHours(1)), 1);

        assertThat(inTransaction(() -> log.advance(first))).isTrue();
        assertThat(inTransaction(() -> log.advance(mark(ana, 3, T0, 0)))).as("a second first digest").isFalse();
        assertThat(inTransaction(() -> log.advance(second))).isTrue();
        assertThat(inTransaction(() -> log.advance(mark(ana, 3, T0.plus(Duration.ofHours(2)), 1))))
                .as("stale").isFalse();
        assertThat(inTransaction(() -> log.advance(mark(bob, 1, T0, 0)))).isTrue();

        assertThat(inTransaction(() -> log.marks(acme, globex))).containsExactlyInAnyOrder(second.withVersion(2),
                mark(bob, 1, T0, 1));
        assertThat(inTransaction(() -> log.marks(acme, initech))).isEmpty();
        assertThat(inTransaction(() -> log.marks(other, globex))).isEmpty();
    }

    @Test
    void ofTwoTransactionsAdvancingFromOneVersion_exactlyOneStoresItsMark_andNeitherFails() {
        for (long version = 0; version < 3; version++) {
            long read = version;
            List<Race.Outcome<Boolean>> outcomes = Race.run(
                    () -> inTransaction(() -> log.advance(mark(ana, 10 + (int) read, T0.plusSeconds(read), read))),
                    () -> inTransaction(() -> log.advance(mark(ana, 20 + (int) read, T0.plusSeconds(read), read))));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(outcomes.stream().filter(Race.Outcome::value)).as("version " + read).hasSize(1);
            assertThat(inTransaction(() -> log.marks(acme, globex))).singleElement()
                    .extracting(FeedDigestMark::version).isEqualTo(read + 1);
        }
    }

    @Test
    void theClientsWithUpdates_areThoseWithAStaffUpdateNotSuperseded_inTheSpan_eachOnce() {
        insert(update(1, acme, globex, T0, null));
        insert(update(2, acme, globex, T0.plusSeconds(10), null));
        insert(update(3, acme, initech, T0.plusSeconds(5), id(4)));
        insert(new FeedEntry(id(5), acme, initech, null, FeedEntryKind.INVOICE_ISSUED, "Invoice issued",
                FeedEntry.SYSTEM, T0.plusSeconds(5), false, "invoice-issued:5", null, null, null, null, null, List.of(), 0));
        insert(update(6, other, hooli, T0.plusSeconds(20), null));

        assertThat(inTransaction(() -> log.clientsWithUpdates(T0.minusSeconds(1), T0.plusSeconds(20))))
                .containsExactlyInAnyOrder(new FeedDigestLog.ClientFeed(acme, globex),
                        new FeedDigestLog.ClientFeed(other, hooli));
        assertThat(inTransaction(() -> log.clientsWithUpdates(T0, T0.plusSeconds(19)))).as("after, up to")
                .containsExactly(new FeedDigestLog.ClientFeed(acme, globex));
        assertThat(inTransaction(() -> log.clientsWithUpdates(T0.plusSeconds(10), T0.plusSeconds(19)))).isEmpty();
    }

    private void insert(FeedEntry entry) {
        assertThat(inTransaction(() -> feed.insert(entry))).isPresent();
    }

    private FeedDigestMark mark(ContactId contact, int entry, Instant sentAt, long version) {
        return new FeedDigestMark(acme, globex, contact, new FeedCursor(T0.plusMillis(entry), id(entry)), sentAt,
                version);
    }

    private static FeedEntry update(int n, WorkspaceId workspace, ClientId client, Instant at,
                                    FeedEntryId supersededBy) {
        return new FeedEntry(id(n), workspace, client, null, FeedEntryKind.UPDATE, "Update " + n,
                "staff:owner@acme.example", at, false, null, null, supersededBy, null, null, null, List.of(), 0);
    }

    private static FeedEntryId id(int n) {
        return new FeedEntryId(Samples.orderedUuid(n));
    }
}
