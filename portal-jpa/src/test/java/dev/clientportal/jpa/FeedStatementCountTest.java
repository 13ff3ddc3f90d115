package dev.clientportal.jpa;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedItem;
import dev.clientportal.core.project.FeedPage;
import dev.clientportal.core.project.NewProject;
import dev.clientportal.core.project.PostUpdate;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.testing.PortalFixture;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contact's feed page costs the same statements whether the client's feed holds one page of entries or 500: the
 * contact's read mark, then the page of entries from the index, newest first after the cursor; which entries are
 * unread is worked out from the mark, with no statement per entry. Through the use case it is the same two: a read
 * trusts the principal the host authenticated for the request, and a project's page looks the project up only when
 * it comes back empty.
 */
class FeedStatementCountTest {

    private static final int PAGE = 20;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aFeedPageWithItsUnreadMarkers_takesTwoStatements_forTwentyEntriesOrFiveHundred(Vendor vendor) {
        Map<String, Long> onePage = statementsPerPage(vendor, PAGE);
        Map<String, Long> fiveHundred = statementsPerPage(vendor, 500);

        assertThat(fiveHundred).isEqualTo(onePage);
        assertThat(onePage).containsEntry("mark and first page", 2L).containsEntry("mark and next page", 2L)
                .containsEntry("mark and project page", 2L)
                // through the use case too: the project is looked up only when its page comes back empty
                .containsEntry("contact's feed", 2L).containsEntry("contact's project feed", 2L);
    }

    /**
     * How many statements each feed page ran for a client whose feed holds {@code entries} updates, every other one
     * about its project, the contact having read all but the newest ten: as the use case reads it (mark, then page),
     * and through the use case.
     */
    private static Map<String, Long> statementsPerPage(Vendor vendor, int entries) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        JpaPortalStores stores = JpaPortalStores.create(database.entityManagerFactory());
        PortalFixture fixture = PortalFixture.over(stores);
        ClientPortal portal = fixture.portal;
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex", USD);
        ContactPrincipal ana = fixture.signedInAs(owner, fixture.contact(owner, globex, "Ana Ruiz", Role.VIEWER));
        Project rebrand = portal.projects().create(owner, globex.id(), NewProject.named("Rebrand"));
        ActivityFeedStore feed = stores.projects().orElseThrow().feed();
        Instant start = fixture.clock.instant();
        List<FeedEntryId> posted = stores.transactions().inTransaction(() -> {
            List<FeedEntryId> ids = new ArrayList<>();
            for (int n = 0; n < entries; n++) {
                PostUpdate update = PostUpdate.of("Update " + n);
                FeedEntry entry = FeedEntry.update(new FeedEntryId(UUID.randomUUID()), owner.workspaceId(),
                        globex.id(), n % 2 == 0 ? update.about(rebrand.id()) : update, owner.actor(),
                        start.plusSeconds(n));
                ids.add(feed.insert(entry).orElseThrow().id());
            }
            return ids;
        });
        portal.projects().markRead(ana, posted.get(entries - 11));

        FeedPage first = portal.projects().feed(ana, null, PAGE);
        assertThat(first.items()).hasSize(PAGE);
        assertThat(first.items().stream().filter(FeedItem::unread)).hasSize(10);
        FeedCursor next = first.next().orElseThrow();

        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put("mark and first page", count(stores, () -> markAndPage(feed, ana, null, null)));
        statements.put("mark and next page", count(stores, () -> markAndPage(feed, ana, null, next)));
        statements.put("mark and project page", count(stores, () -> markAndPage(feed, ana, rebrand.id(), null)));
        statements.put("contact's feed", count(stores, () -> portal.projects().feed(ana, null, PAGE)));
        statements.put("contact's project feed", count(stores,
                () -> portal.projects().feed(ana, rebrand.id(), null, PAGE)));
        return statements;
    }

    /** The reads of a contact's feed page: the contact's mark, then the page. */
    private static List<FeedEntry> markAndPage(ActivityFeedStore feed, ContactPrincipal contact,
                                               ProjectId projectId, FeedCursor before) {
        assertThat(feed.readMark(contact.workspaceId(), contact.clientId(), contact.contactId())).isPresent();
        return feed.page(contact.workspaceId(), contact.clientId(), projectId, before, PAGE);
    }

    /** The statements of one call, in a transaction of its own that the call joins. */
    private static long count(JpaPortalStores stores, Supplier<?> call) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            call.get();
            return TestDatabase.statements().getTotal();
        });
    }
}
