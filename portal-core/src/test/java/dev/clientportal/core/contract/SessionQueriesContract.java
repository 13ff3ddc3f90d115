package dev.clientportal.core.contract;

import dev.clientportal.core.access.ContactStanding;
import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.SessionFacts;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.access.SessionQueries;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link SessionQueries}: the facts of a session check as stored, read in the session's (or the named)
 * workspace only, and equal to what the separate ports answer ({@link SessionQueries#composedOf}).
 */
public abstract class SessionQueriesContract extends StoreContract {

    private WorkspaceId acme;
    private Client globex;
    private Contact ana;

    @BeforeEach
    void storeAContact() {
        acme = storedWorkspace("Acme Design").id();
        globex = storedClient(acme, "Globex", USD);
        ana = storedContact(acme, globex.id(), "Ana Ruiz");
    }

    @Test
    void byHash_ofAnUnknownHash_answersNothing() {
        inTransaction(() -> stores.portalSessions().save(Samples.session(ana, Samples.CREATED)));

        assertThat(inTransaction(() -> stores.sessionQueries().byHash(Samples.tokenHash()))).isEqualTo(SessionFacts.NONE);
    }

    @Test
    void byHash_answersTheSessionAndWhereItsContactStands() {
        PortalSession session = storedSession(ana);
        inTransaction(() -> stores.portalAccess().save(invited(ana)));

        SessionFacts facts = inTransaction(() -> stores.sessionQueries().byHash(session.tokenHash()));

        assertThat(facts.session()).contains(session);
        assertThat(facts.contact()).contains(new ContactStanding(ana.id(), globex.id(), true,
                Set.of(Role.BILLING, Role.APPROVER), Optional.of(PortalAccess.Status.INVITED), Optional.of(false)));
        assertSameAsTheSeparatePorts(session);
    }

    @Test
    void byHash_answersARevokedSession_andAContactWithoutAccess() {
        PortalSession session = storedSession(ana);
        PortalSession revoked = inTransaction(() -> stores.portalSessions().save(revoked(session)));

        SessionFacts facts = inTransaction(() -> stores.sessionQueries().byHash(session.tokenHash()));

        assertThat(facts.session()).contains(revoked);
        assertThat(facts.contact()).map(ContactStanding::access).contains(Optional.empty());
        assertSameAsTheSeparatePorts(session);
    }

    @Test
    void byHash_reflectsRevokedAccess_anArchivedClient_anInactiveContact_andItsCurrentRoles() {
        PortalSession session = storedSession(ana);
        inTransaction(() -> stores.portalAccess().save(Samples.portalAccess(ana)));
        inTransaction(() -> stores.clients().save(archived(globex)));
        inTransaction(() -> stores.contacts().save(removed(ana)));

        ContactStanding standing = inTransaction(() -> stores.sessionQueries().byHash(session.tokenHash()))
                .contact().orElseThrow();

        assertThat(standing.access()).contains(PortalAccess.Status.REVOKED);
        assertThat(standing.clientArchived()).contains(true);
        assertThat(standing.active()).isFalse();
        assertThat(standing.roles()).containsExactly(Role.BILLING);
        assertSameAsTheSeparatePorts(session);
    }

    @Test
    void byHash_neverReadsTheContactAccessOrClientOfAnotherWorkspace() {
        WorkspaceId initech = storedWorkspace("Initech").id();
        Contact bob = storedContact(initech, storedClient(initech, "Hooli", USD).id(), "Bob Stone");
        inTransaction(() -> stores.portalAccess().save(invited(bob)));
        // a session of Acme naming Initech's contact, and an Acme contact naming Initech's client and access
        PortalSession crossed = storedSession(new Contact(bob.id(), acme, globex.id(), bob.name(), bob.email(),
                bob.roles(), true, bob.createdAt(), 0));
        Contact eve = storedContact(acme, bob.clientId(), "Eve Moss");
        inTransaction(() -> stores.portalAccess().save(new PortalAccess(initech, eve.id(), bob.clientId(),
                PortalAccess.Status.ACTIVE, Samples.CREATED, null, null, 0)));
        PortalSession eves = storedSession(eve);

        assertThat(inTransaction(() -> stores.sessionQueries().byHash(crossed.tokenHash())).contact()).isEmpty();
        ContactStanding eveStanding = inTransaction(() -> stores.sessionQueries().byHash(eves.tokenHash()))
                .contact().orElseThrow();
        assertThat(eveStanding.access()).isEmpty();
        assertThat(eveStanding.clientArchived()).isEmpty();
        assertSameAsTheSeparatePorts(crossed);
        assertSameAsTheSeparatePorts(eves);
    }

    @Test
    void ofContact_answersTheContactsUnrevokedSession_only() {
        PortalSession live = storedSession(ana);
        PortalSession revoked = inTransaction(() -> stores.portalSessions().save(revoked(storedSession(ana))));
        Contact ben = storedContact(acme, globex.id(), "Ben Cole");
        PortalSession bens = storedSession(ben);
        inTransaction(() -> stores.portalAccess().save(invited(ana)));

        SessionFacts facts = inTransaction(() -> stores.sessionQueries().ofContact(acme, ana.id(), live.id()));

        assertThat(facts.session()).contains(live);
        assertThat(facts.contact()).map(ContactStanding::access).contains(Optional.of(PortalAccess.Status.INVITED));
        assertThat(inTransaction(() -> stores.sessionQueries().ofContact(acme, ana.id(), revoked.id())).session())
                .isEmpty();
        assertThat(inTransaction(() -> stores.sessionQueries().ofContact(acme, ana.id(), bens.id())).session())
                .isEmpty();
        for (SessionId id : new SessionId[] {live.id(), revoked.id(), bens.id(), new SessionId(UUID.randomUUID())}) {
            assertThat(inTransaction(() -> stores.sessionQueries().ofContact(acme, ana.id(), id)))
                    .isEqualTo(inTransaction(() -> composed().ofContact(acme, ana.id(), id)));
        }
    }

    @Test
    void ofContact_answersNothingForAContactOfAnotherWorkspace_orNone() {
        PortalSession session = storedSession(ana);
        WorkspaceId initech = storedWorkspace("Initech").id();

        assertThat(inTransaction(() -> stores.sessionQueries().ofContact(initech, ana.id(), session.id())))
                .isEqualTo(SessionFacts.NONE);
        assertThat(inTransaction(() -> stores.sessionQueries().ofContact(acme, new ContactId(UUID.randomUUID()),
                session.id()))).isEqualTo(SessionFacts.NONE);
    }

    private PortalSession storedSession(Contact contact) {
        return inTransaction(() -> stores.portalSessions().save(Samples.session(contact, Samples.CREATED)));
    }

    private void assertSameAsTheSeparatePorts(PortalSession session) {
        assertThat(inTransaction(() -> stores.sessionQueries().byHash(session.tokenHash())))
                .isEqualTo(inTransaction(() -> composed().byHash(session.tokenHash())));
        assertThat(inTransaction(() -> stores.sessionQueries().ofContact(session.workspaceId(), session.contactId(),
                session.id()))).isEqualTo(inTransaction(() -> composed().ofContact(session.workspaceId(),
                session.contactId(), session.id())));
    }

    private SessionQueries composed() {
        return SessionQueries.composedOf(stores.portalSessions(), stores.contacts(), stores.portalAccess(),
                stores.clients());
    }

    private static PortalAccess invited(Contact contact) {
        return new PortalAccess(contact.workspaceId(), contact.id(), contact.clientId(), PortalAccess.Status.INVITED,
                Samples.CREATED, null, null, 0);
    }

    private static PortalSession revoked(PortalSession session) {
        return new PortalSession(session.id(), session.workspaceId(), session.clientId(), session.contactId(),
                session.tokenHash(), session.createdAt(), session.lastSeenAt(), session.absoluteExpiresAt(),
                session.createdAt().plus(Duration.ofMinutes(5)), session.address(), session.userAgent(),
                session.version());
    }

    private static Client archived(Client client) {
        return new Client(client.id(), client.workspaceId(), client.name(), client.email(), client.billingAddress(),
                client.taxId(), client.currency(), client.taxExempt(), client.locale(), client.creditBalances(), true,
                client.createdAt(), client.version());
    }

    private static Contact removed(Contact contact) {
        return new Contact(contact.id(), contact.workspaceId(), contact.clientId(), contact.name(), contact.email(),
                Set.of(Role.BILLING), false, contact.createdAt(), contact.version());
    }
}
