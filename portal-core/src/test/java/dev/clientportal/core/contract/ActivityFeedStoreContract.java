package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedEntryKind;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectStatus;
import dev.clientportal.core.testing.Race;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ActivityFeedStore}: entries read back with every field, scoped by workspace; a natural key stored once per
 * workspace, also when two transactions race for it; optimistic versions on edits; pages newest first by (time, id),
 * filtered by project, that neither repeat nor skip an entry; read marks that only move forward. Run by every adapter
 * that keeps projects.
 */
public abstract class ActivityFeedStoreContract extends StoreContract {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");

    private ActivityFeedStore feed;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;
    private ContactId ana;
    private ContactId bob;
    private ProjectId rebrand;

    @BeforeEach
    void twoWorkspaces() {
        feed = stores.projects().orElseThrow(() -> new AssertionError("these stores keep no projects")).feed();
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
        initech = storedClient(acme, "Initech", USD).id();
        ana = storedContact(acme, globex, "Ana Ruiz").id();
        bob = storedContact(acme, globex, "Bob Stone").id();
        rebrand = inTransaction(() -> stores.projects().orElseThrow().projects().save(new Project(
                new ProjectId(Samples.orderedUuid(900)), acme, globex, "Rebrand", ProjectStatus.ACTIVE, USD, null,
                null, null, T0, 0))).id();
    }

    @Test
    void anEntry_isReadBackWithEveryField_inItsWorkspaceOnly() {
        FeedEntry update = new FeedEntry(id(1), acme, globex, rebrand, FeedEntryKind.UPDATE, "Logo drafts are up",
                "staff:owner@acme.example", T0, true, null, id(7), null, null, id(8), T0.plusSeconds(5),
                List.of(new FileId(Samples.orderedUuid(70)), new FileId(Samples.orderedUuid(71))), 0);
        FeedEntry reply = new FeedEntry(id(3), acme, globex, rebrand, FeedEntryKind.REPLY, "The round one",
                "contact:ana", T0.plusSeconds(1), false, null, null, null, id(1), null, null, List.of(), 0);
        FeedEntry noted = new FeedEntry(id(2), acme, globex, null, FeedEntryKind.INVOICE_PAID, "Invoice paid",
                FeedEntry.SYSTEM, T0, false, "invoice-paid:x:3", null, id(9), null, null, null, List.of(), 0);

        assertThat(inTransaction(() -> feed.insert(update))).contains(update.withVersion(1));
        assertThat(inTransaction(() -> feed.insert(noted))).contains(noted.withVersion(1));
        assertThat(inTransaction(() -> feed.insert(reply))).contains(reply.withVersion(1));
        assertThat(inTransaction(() -> feed.find(acme, reply.id()))).contains(reply.withVersion(1));

        assertThat(inTransaction(() -> feed.find(acme, update.id()))).contains(update.withVersion(1));
        assertThat(inTransaction(() -> feed.find(acme, noted.id()))).contains(noted.withVersion(1));
        assertThat(inTransaction(() -> feed.find(other, update.id()))).isEmpty();
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> feed.insert(update)));
    }

    @Test
    void aNaturalKey_isStoredOncePerWorkspace() {
        FeedEntry first = noted(1, acme, globex, "invoice-issued:42");
        FeedEntry again = noted(2, acme, globex, "invoice-issued:42");
        FeedEntry elsewhere = noted(3, other, storedClient(other, "Hooli", USD).id(), "invoice-issued:42");

        assertThat(inTransaction(() -> feed.insert(first))).isPresent();
        assertThat(inTransaction(() -> feed.insert(again))).isEmpty();
        assertThat(inTransaction(() -> feed.insert(elsewhere))).isPresent();
        assertThat(inTransaction(() -> feed.find(acme, again.id()))).isEmpty();
    }

    @Test
    void ofTwoTransactionsInsertingOneNaturalKey_exactlyOneStoresIt() {
        List<Race.Outcome<Optional<FeedEntry>>> outcomes = Race.run(
                () -> inTransaction(() -> feed.insert(noted(1, acme, globex, "invoice-paid:7:2"))),
                () -> inTransaction(() -> feed.insert(noted(2, acme, globex, "invoice-paid:7:2"))));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().filter(outcome -> outcome.value().isPresent())).hasSize(1);
        assertThat(inTransaction(() -> feed.page(acme, globex, null, null, 10))).hasSize(1);
    }

    @Test
    void anEdit_needsTheStoredVersion() {
        FeedEntry stored = inTransaction(() -> feed.insert(update(1, T0, null))).orElseThrow();
        FeedEntry edited = inTransaction(() -> feed.update(stored.edited("Corrected", T0.plusSeconds(60))));

        assertThat(edited.version()).isEqualTo(2);
        assertThat(inTransaction(() -> feed.find(acme, stored.id()))).contains(edited);
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() -> feed.update(
                stored.supersededBy(id(5)))));
    }

    @Test
    void pages_runNewestFirst_byTimeThenId_withoutRepeatingOrSkipping() {
        List<FeedEntry> all = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            // three pairs share an instant: the id breaks the tie
            FeedEntry entry = update(n, T0.plusSeconds(n / 2), n % 3 == 0 ? rebrand : null);
            all.add(inTransaction(() -> feed.insert(entry)).orElseThrow());
        }
        inTransaction(() -> feed.insert(new FeedEntry(id(50), acme, initech, null, FeedEntryKind.UPDATE, "Other",
                "staff:owner@acme.example", T0.plusSeconds(9), false, null, null, null, null, null, null, List.of(), 0)));
        List<FeedEntry> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);

        List<FeedEntry> read = new ArrayList<>();
        FeedCursor before = null;
        for (int page = 0; page < 4; page++) {
            FeedCursor after = before;
            List<FeedEntry> entries = inTransaction(() -> feed.page(acme, globex, null, after, 3));
            read.addAll(entries);
            if (entries.isEmpty()) {
                break;
            }
            before = entries.get(entries.size() - 1).position();
        }

        assertThat(read).containsExactlyElementsOf(newestFirst);
        assertThat(inTransaction(() -> feed.page(acme, globex, rebrand, null, 10)))
                .containsExactlyElementsOf(newestFirst.stream().filter(entry -> rebrand.equals(entry.projectId()))
                        .toList());
        assertThat(inTransaction(() -> feed.page(other, globex, null, null, 10))).isEmpty();
    }

    @Test
    void aReadMark_onlyMovesForward_perContact() {
        FeedCursor older = new FeedCursor(T0, id(1));
        FeedCursor newer = new FeedCursor(T0, id(2));
        inTransaction(() -> feed.markRead(new FeedReadMark(acme, globex, ana, newer, T0)));
        inTransaction(() -> feed.markRead(new FeedReadMark(acme, globex, ana, older, T0.plusSeconds(1))));
        inTransaction(() -> feed.markRead(new FeedReadMark(acme, globex, bob, older, T0.plusSeconds(2))));

        assertThat(inTransaction(() -> feed.readMark(acme, globex, ana)))
                .contains(new FeedReadMark(acme, globex, ana, newer, T0));
        assertThat(inTransaction(() -> feed.readMarks(acme, globex))).containsExactlyInAnyOrder(
                new FeedReadMark(acme, globex, ana, newer, T0),
                new FeedReadMark(acme, globex, bob, older, T0.plusSeconds(2)));
        assertThat(inTransaction(() -> feed.readMark(other, globex, ana))).isEmpty();
        assertThat(inTransaction(() -> feed.readMarks(acme, initech))).isEmpty();
    }

    @Test
    void theUpdatesAwaitingInput_areThoseNeedingItUnansweredAndCurrent_oldestFirst_ofAClientOrTheWorkspace() {
        FeedEntry asked = asking(1, globex, T0.plusSeconds(3));
        FeedEntry askedEarlier = asking(2, initech, T0.plusSeconds(1));
        FeedEntry answered = asking(3, globex, T0).answeredBy(id(9));
        FeedEntry superseded = asking(4, globex, T0).supersededBy(id(1));
        FeedEntry elsewhere = new FeedEntry(id(5), other, storedClient(other, "Hooli", USD).id(), null,
                FeedEntryKind.UPDATE, "Other", "staff:owner@other.example", T0, true, null, null, null, null, null,
                null, List.of(), 0);
        for (FeedEntry entry : List.of(asked, askedEarlier, answered, superseded, elsewhere,
                update(6, T0.plusSeconds(2), null))) {
            inTransaction(() -> feed.insert(entry));
        }

        assertThat(inTransaction(() -> feed.awaitingInput(acme, null, 10)))
                .containsExactly(askedEarlier.withVersion(1), asked.withVersion(1));
        assertThat(inTransaction(() -> feed.awaitingInput(acme, globex, 10))).containsExactly(asked.withVersion(1));
        assertThat(inTransaction(() -> feed.awaitingInput(acme, null, 1))).containsExactly(askedEarlier.withVersion(1));

        FeedEntry stored = inTransaction(() -> feed.find(acme, asked.id())).orElseThrow();
        inTransaction(() -> feed.update(stored.answeredBy(id(7))));
        assertThat(inTransaction(() -> feed.awaitingInput(acme, globex, 10))).as("answered now").isEmpty();
    }

    private FeedEntry asking(int n, ClientId clientId, Instant at) {
        return new FeedEntry(id(n), acme, clientId, null, FeedEntryKind.UPDATE, "Which one?",
                "staff:owner@acme.example", at, true, null, null, null, null, null, null, List.of(), 0);
    }

    private FeedEntry update(int n, Instant at, ProjectId projectId) {
        return new FeedEntry(id(n), acme, globex, projectId, FeedEntryKind.UPDATE, "Update " + n,
                "staff:owner@acme.example", at, false, null, null, null, null, null, null, List.of(), 0);
    }

    private static FeedEntry noted(int n, WorkspaceId workspaceId, ClientId clientId, String key) {
        return new FeedEntry(id(n), workspaceId, clientId, null, FeedEntryKind.INVOICE_ISSUED, "Invoice issued",
                FeedEntry.SYSTEM, T0, false, key, null, null, null, null, null, List.of(), 0);
    }

    private static FeedEntryId id(int n) {
        return new FeedEntryId(Samples.orderedUuid(n));
    }
}
