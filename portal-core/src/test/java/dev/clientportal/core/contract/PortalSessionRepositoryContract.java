package dev.clientportal.core.contract;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.PortalSessionRepository}: sessions are found by their hash in
 * any workspace, hashes are unique, and a contact's unrevoked sessions list newest first.
 */
public abstract class PortalSessionRepositoryContract extends VersionedRepositoryContract<PortalSession> {

    private WorkspaceId workspaceId;
    private ClientId clientId;
    private Contact ana;

    @BeforeEach
    void storeAContact() {
        workspaceId = storedWorkspace("Acme Design").id();
        clientId = storedClient(workspaceId, "Globex", USD).id();
        ana = storedContact(workspaceId, clientId, "Ana Ruiz");
    }

    @Override
    protected PortalSession newAggregate() {
        return Samples.session(ana, Samples.CREATED);
    }

    @Override
    protected PortalSession save(PortalSession session) {
        return stores.portalSessions().save(session);
    }

    @Override
    protected Optional<PortalSession> find(PortalSession session) {
        return stores.portalSessions().findByHash(session.tokenHash());
    }

    @Override
    protected PortalSession withVersion(PortalSession session, long version) {
        return session.withVersion(version);
    }

    @Override
    protected long versionOf(PortalSession session) {
        return session.version();
    }

    /** A request a minute later, and the revocation set or cleared, so the nullable column is written both ways. */
    @Override
    protected PortalSession changed(PortalSession session) {
        return new PortalSession(session.id(), session.workspaceId(), session.clientId(), session.contactId(),
                session.tokenHash(), session.createdAt(), session.lastSeenAt().plus(Duration.ofMinutes(1)),
                session.absoluteExpiresAt(), session.revokedAt() == null ? session.lastSeenAt() : null,
                session.address(), session.userAgent(), session.version());
    }

    @Test
    void findByHash_findsASessionOfAnyWorkspace_andNothingForAnUnknownHash() {
        WorkspaceId other = storedWorkspace("Initech").id();
        Contact bob = storedContact(other, storedClient(other, "Hooli", USD).id(), "Bob Stone");
        PortalSession theirs = inTransaction(() -> save(Samples.session(bob, Samples.CREATED)));

        assertThat(inTransaction(() -> stores.portalSessions().findByHash(theirs.tokenHash()))).contains(theirs);
        assertThat(inTransaction(() -> stores.portalSessions().findByHash(Samples.tokenHash()))).isEmpty();
    }

    @Test
    void anotherSessionWithAStoredHash_failsWithDuplicateKey_andIsNotStored() {
        PortalSession first = inTransaction(() -> save(newAggregate()));
        PortalSession twin = Samples.session(ana, Samples.CREATED.plusSeconds(1));
        PortalSession sameHash = new PortalSession(twin.id(), twin.workspaceId(), twin.clientId(), twin.contactId(),
                first.tokenHash(), twin.createdAt(), twin.lastSeenAt(), twin.absoluteExpiresAt(), null, "", "", 0);

        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> save(sameHash)));

        assertThat(inTransaction(() -> stores.portalSessions().findByHash(first.tokenHash()))).contains(first);
        assertThat(unrevoked(workspaceId, ana)).containsExactly(first);
    }

    @Test
    void unrevokedForContact_listsTheContactsLiveSessionsNewestFirst() {
        PortalSession oldest = inTransaction(() -> save(newAggregate()));
        PortalSession newest = inTransaction(() -> save(Samples.session(ana, Samples.CREATED.plus(Duration.ofDays(1)))));
        PortalSession middle = inTransaction(() -> save(Samples.session(ana, Samples.CREATED.plus(Duration.ofHours(1)))));
        PortalSession revoked = inTransaction(() -> save(changed(save(Samples.session(ana,
                Samples.CREATED.plus(Duration.ofHours(2)))))));
        Contact bob = storedContact(workspaceId, clientId, "Bob Stone");
        inTransaction(() -> save(Samples.session(bob, Samples.CREATED.plus(Duration.ofHours(3)))));

        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(unrevoked(workspaceId, ana)).containsExactly(newest, middle, oldest);
    }

    @Test
    void unrevokedForContact_withAnotherWorkspacesId_isEmpty() {
        inTransaction(() -> save(newAggregate()));
        WorkspaceId other = storedWorkspace("Initech").id();

        assertThat(unrevoked(other, ana)).isEmpty();
    }

    private List<PortalSession> unrevoked(WorkspaceId workspace, Contact contact) {
        return inTransaction(() -> stores.portalSessions().unrevokedForContact(workspace, contact.id()));
    }
}
