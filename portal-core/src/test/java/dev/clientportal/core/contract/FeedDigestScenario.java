package dev.clientportal.core.contract;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.outbox.RelaySettings;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.notices.NotificationTemplate;
import dev.clientportal.core.notification.Notification;
import dev.clientportal.core.project.DigestRun;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.NewProject;
import dev.clientportal.core.project.PostUpdate;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectItem;
import dev.clientportal.core.project.Projects;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.testing.Race;
import dev.clientportal.core.testing.RecordingNotificationSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feed digests over any stores that keep projects: one digest per contact and hour, also when two instances run at
 * the same moment; what was held back comes later with everything accumulated; each update goes to a contact once;
 * what a contact read first is left out; the contact's client's language and the workspace's own template; nothing
 * for nothing new, for the portal's own notes, superseded updates, revoked or removed contacts and archived clients.
 */
public abstract class FeedDigestScenario {

    private static final int BUDGET = 100;
    private static final Duration SETTLED = Duration.ofMinutes(2);

    private final PortalStores stores = newStores();
    private final RecordingNotificationSender sender = RecordingNotificationSender.watching(stores.transactions());
    private final PortalFixture fixture = PortalFixture.over(stores, builder -> builder.notifications(sender)
            .signInPage(URI.create("https://portal.acme.example/sign-in"))
            .relaySettings(RelaySettings.defaults().withOwner("instance-a")));
    private final ClientPortal portal = fixture.portal;
    private final Projects projects = portal.projects();
    private StaffPrincipal owner;
    private Client globex;
    private ContactPrincipal ana;
    private ContactPrincipal bob;

    /** Fresh, empty stores that keep projects, whose transactions interleave as a database's do; once per test. */
    protected abstract PortalStores newStores();

    @BeforeEach
    void aClientWithTwoSignedInContacts() {
        owner = fixture.workspace("Acme", CurrencyUnit.USD);
        globex = fixture.client(owner, "Globex");
        ana = signedIn(globex, "Ana Ruiz");
        bob = signedIn(globex, "Bob Stone");
    }

    @Test
    void eachContactGetsOneDigestAnHour_andWhatWasHeldBackComesLater_withEverythingNewByThen() {
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        projects.post(owner, globex.id(), PostUpdate.of("Drafts are up").about(rebrand.id()));
        fixture.clock.advance(SETTLED);
        Instant firstRun = fixture.clock.instant();

        DigestRun first = projects.sendDigests(firstRun, BUDGET);
        projects.post(owner, globex.id(), PostUpdate.of("Logo v2 uploaded").needingInput());
        fixture.clock.advance(SETTLED);
        DigestRun tooSoon = projects.sendDigests(fixture.clock.instant(), BUDGET);
        fixture.clock.advance(Duration.ofMinutes(30));
        projects.post(owner, globex.id(), PostUpdate.of("Fonts chosen"));
        DigestRun stillTooSoon = projects.sendDigests(firstRun.plus(Duration.ofMinutes(59)), BUDGET);
        DigestRun anHourLater = projects.sendDigests(firstRun.plus(Duration.ofHours(1)), BUDGET);
        DigestRun again = projects.sendDigests(firstRun.plus(Duration.ofHours(3)), BUDGET);

        assertThat(first).isEqualTo(new DigestRun(2, 2, 0, 0, 0));
        assertThat(tooSoon).isEqualTo(new DigestRun(0, 0, 2, 0, 0));
        assertThat(stillTooSoon).isEqualTo(new DigestRun(0, 0, 2, 0, 0));
        assertThat(anHourLater).isEqualTo(new DigestRun(2, 4, 0, 0, 0));
        assertThat(again).as("nothing new, nothing sent").isEqualTo(new DigestRun(0, 0, 0, 0, 0));
        List<Notification> digests = digests();
        assertThat(digests).extracting(Notification::recipient).containsExactlyInAnyOrder(
                email(ana), email(bob), email(ana), email(bob));
        assertThat(digests.subList(0, 2)).allSatisfy(digest -> {
            assertThat(digest.subject()).isEqualTo("1 new update from Acme");
            assertThat(digest.text()).contains("Rebrand: Drafts are up").doesNotContain("Logo");
        });
        assertThat(digests.subList(2, 4)).allSatisfy(digest -> {
            assertThat(digest.subject()).isEqualTo("2 new updates from Acme");
            assertThat(digest.text()).contains("Fonts chosen").contains("Logo v2 uploaded (needs your input)")
                    .doesNotContain("Drafts are up");
        });
    }

    @Test
    void twoInstancesRunningAtOnce_sendEachContactOneDigest() {
        ClientPortal other = fixture.anotherInstance(builder -> builder
                .relaySettings(RelaySettings.defaults().withOwner("instance-b")));
        projects.post(owner, globex.id(), PostUpdate.of("Kick-off on Monday"));
        fixture.clock.advance(SETTLED);
        Instant now = fixture.clock.instant();

        List<Race.Outcome<DigestRun>> outcomes = Race.run(() -> projects.sendDigests(now, BUDGET),
                () -> other.projects().sendDigests(now, BUDGET));

        assertThat(outcomes).allMatch(Race.Outcome::succeeded);
        assertThat(outcomes.stream().mapToInt(outcome -> outcome.value().digests()).sum()).isEqualTo(2);
        assertThat(digests()).extracting(Notification::recipient).containsExactlyInAnyOrder(email(ana), email(bob));
        assertThat(other.projects().sendDigests(now.plus(Duration.ofHours(2)), BUDGET).digests())
                .as("each update once").isZero();
    }

    @Test
    void updatesAContactReadBeforeTheRun_areLeftOut() {
        FeedEntry one = projects.post(owner, globex.id(), PostUpdate.of("One"));
        fixture.clock.advance(Duration.ofSeconds(1));
        FeedEntry two = projects.post(owner, globex.id(), PostUpdate.of("Two"));
        fixture.clock.advance(Duration.ofSeconds(1));
        projects.post(owner, globex.id(), PostUpdate.of("Three"));
        projects.markRead(ana, two.id());
        projects.markRead(bob, one.id());
        fixture.clock.advance(SETTLED);

        assertThat(projects.sendDigests(fixture.clock.instant(), BUDGET)).isEqualTo(new DigestRun(2, 3, 0, 0, 0));

        assertThat(digestTo(ana).text()).contains("Three").doesNotContain("One").doesNotContain("Two");
        assertThat(digestTo(bob).text()).contains("Three").contains("Two").doesNotContain("One");
        FeedEntry four = projects.post(owner, globex.id(), PostUpdate.of("Four"));
        projects.markRead(ana, four.id());
        fixture.clock.advance(Duration.ofHours(2));
        assertThat(projects.sendDigests(fixture.clock.instant(), BUDGET))
                .as("only bob has not read it").isEqualTo(new DigestRun(1, 1, 0, 0, 0));
    }

    @Test
    void aDigestSpeaksTheClientsLanguage_inTheWorkspacesOwnWordingWhenItHasOne() {
        Client muller = portal.clients().create(owner, new CreateClient("Müller AG", "buchhaltung@mueller.example")
                .inLocale(Locale.GERMAN));
        ContactPrincipal greta = signedIn(muller, "Greta Berg");
        Client hooli = fixture.client(owner, "Hooli");
        ContactPrincipal gavin = signedIn(hooli, "Gavin Belson");
        portal.notifications().setTemplate(owner, new NotificationTemplate(Notification.Kind.FEED_DIGEST,
                Locale.ENGLISH, "News from {{business.name}}", "Hi {{contact.name}}:\n{{updates}}",
                "<p>Hi {{contact.name}}:</p><ul>{{updates}}</ul>"));
        projects.post(owner, muller.id(), PostUpdate.of("Entwürfe sind da").needingInput());
        projects.post(owner, hooli.id(), PostUpdate.of("Wireframes are up"));
        fixture.clock.advance(SETTLED);

        projects.sendDigests(fixture.clock.instant(), BUDGET);

        Notification german = digestTo(greta);
        assertThat(german.subject()).isEqualTo("1 neues Update von Acme");
        assertThat(german.text()).contains("Guten Tag Greta Berg")
                .contains("Entwürfe sind da (wartet auf Ihre Rückmeldung)");
        Notification english = digestTo(gavin);
        assertThat(english.subject()).isEqualTo("News from Acme");
        assertThat(english.text()).isEqualTo("Hi Gavin Belson:\n- Wireframes are up");
    }

    @Test
    void nothingIsSent_forNothingNew_thePortalsOwnNotes_supersededUpdates_revokedOrRemovedContacts_archivedClients() {
        assertThat(projects.sendDigests(fixture.clock.instant(), BUDGET)).isEqualTo(new DigestRun(0, 0, 0, 0, 0));
        Project rebrand = projects.create(owner, globex.id(), NewProject.named("Rebrand"));
        Invoice invoice = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Design", "1", "day", Money.of("10.00", CurrencyUnit.USD)));
        projects.assign(owner, rebrand.id(), ProjectItem.invoice(invoice.id()));
        portal.invoicing().issue(owner, invoice.id());
        FeedEntry replaced = projects.post(owner, globex.id(), PostUpdate.of("Typo in here"));
        FeedEntry current = projects.supersede(owner, replaced.id(), "No typo in here", false);
        Client initech = fixture.client(owner, "Initech");
        signedIn(initech, "Ivan Petrov");
        projects.post(owner, initech.id(), PostUpdate.of("For an archived client"));
        portal.clients().archive(owner, initech.id());
        portal.access().revokeContact(owner, ana.contactId(), "left the company");
        portal.clients().removeContact(owner, bob.contactId());
        fixture.contact(owner, globex, "Carol Neverinvited", Role.BILLING);
        ContactPrincipal dave = signedIn(globex, "Dave Reader");
        projects.markRead(dave, current.id());
        fixture.clock.advance(SETTLED);

        DigestRun run = projects.sendDigests(fixture.clock.instant(), BUDGET);

        assertThat(run).isEqualTo(new DigestRun(0, 0, 0, 0, 0));
        assertThat(digests()).isEmpty();
    }

    @Test
    void aRunSendsNoMoreThanItsBudget_andTheNextRunSendsTheRest() {
        projects.post(owner, globex.id(), PostUpdate.of("Kick-off"));
        fixture.clock.advance(SETTLED);

        DigestRun first = projects.sendDigests(fixture.clock.instant(), 1);
        DigestRun second = projects.sendDigests(fixture.clock.instant(), 1);

        assertThat(first).isEqualTo(new DigestRun(1, 1, 0, 0, 1));
        assertThat(first.budgetExhausted()).isTrue();
        assertThat(second).isEqualTo(new DigestRun(1, 1, 0, 0, 0));
        assertThat(digests()).extracting(Notification::recipient).containsExactlyInAnyOrder(email(ana), email(bob));
    }

    private ContactPrincipal signedIn(Client client, String name) {
        return fixture.signedInAs(owner, fixture.contact(owner, client, name, Role.BILLING));
    }

    private List<Notification> digests() {
        return sender.ofKind(Notification.Kind.FEED_DIGEST);
    }

    private Notification digestTo(ContactPrincipal contact) {
        List<Notification> to = digests().stream().filter(digest -> digest.recipient().equals(email(contact)))
                .toList();
        assertThat(to).as("one digest to " + email(contact)).hasSize(1);
        return to.get(0);
    }

    private String email(ContactPrincipal contact) {
        return portal.clients().contact(owner, contact.contactId()).email();
    }
}
